"""
The world's countries: each one's name as the library writes it, the other
names reporters use for it, and its demonyms (the adjective, and the plural
for its people where it is not the adjective plus "s").

One table, read once: ``_lexicon`` derives the country words and the sides
from it, ``_places`` the country names it normalises to, and the extraction
matches names of several words ("Burkina Faso", "the Central African
Republic") with :data:`COUNTRY_CONTINUATIONS`.  Sovereign states and a few
territories reporters treat as countries; the names are facts of common use.
A state's former name is one of its other names ("Zaire", "Ceylon",
"Rhodesia"), as older news writes it.
"""

from __future__ import annotations

from types import MappingProxyType
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Mapping

#: ``Name | other names, comma-separated | demonyms, comma-separated``.
_TABLE = """
Afghanistan | | afghan
Albania | | albanian
Algeria | | algerian
Andorra | | andorran
Angola | | angolan
Antigua and Barbuda | antigua | antiguan
Argentina | | argentine, argentinian
Armenia | | armenian
Australia | | australian
Austria | | austrian
Azerbaijan | | azerbaijani, azeri
Bahamas | the bahamas | bahamian
Bahrain | | bahraini
Bangladesh | | bangladeshi
Barbados | | barbadian
Belarus | | belarusian
Belgium | | belgian
Belize | | belizean
Benin | dahomey | beninese
Bhutan | | bhutanese
Bolivia | | bolivian
Bosnia and Herzegovina | bosnia | bosnian
Botswana | | botswanan
Brazil | | brazilian
Brunei | | bruneian
Bulgaria | | bulgarian
Burkina Faso | upper volta | burkinabe
Burundi | | burundian
Cambodia | kampuchea | cambodian
Cameroon | | cameroonian
Canada | | canadian
Cape Verde | cabo verde | cape verdean
Central African Republic | | central african
Chad | | chadian
Chile | | chilean
China | | chinese
Colombia | | colombian
Comoros | | comorian
Congo | republic of the congo, congo-brazzaville |
Costa Rica | | costa rican
Croatia | | croatian
Cuba | | cuban
Cyprus | | cypriot
Czech Republic | czechia | czech
DR Congo | drc, democratic republic of congo, democratic republic of the congo, congo-kinshasa, zaire | congolese, zairean, zairian
Denmark | | danish, danes
Djibouti | | djiboutian
Dominican Republic | | dominican
Ecuador | | ecuadorian
Egypt | | egyptian
El Salvador | | salvadoran
Equatorial Guinea | | equatoguinean
Eritrea | | eritrean
Estonia | | estonian
Eswatini | swaziland | swazi
Ethiopia | | ethiopian
Fiji | | fijian
Finland | | finnish, finns
France | | french
Gabon | | gabonese
Gambia | the gambia | gambian
Georgia | | georgian
Germany | | german
Ghana | | ghanaian
Greece | | greek
Guatemala | | guatemalan
Guinea | | guinean
Guinea-Bissau | | bissau-guinean
Guyana | | guyanese
Haiti | | haitian
Honduras | | honduran
Hungary | | hungarian
Iceland | | icelandic, icelanders
India | | indian
Indonesia | | indonesian
Iran | persia | iranian
Iraq | | iraqi
Ireland | | irish
Israel | | israeli
Italy | | italian
Ivory Coast | cote d'ivoire, côte d'ivoire | ivorian
Jamaica | | jamaican
Japan | | japanese
Jordan | | jordanian
Kazakhstan | | kazakh
Kenya | | kenyan
Kosovo | | kosovar
Kuwait | | kuwaiti
Kyrgyzstan | | kyrgyz
Laos | | laotian
Latvia | | latvian
Lebanon | | lebanese
Lesotho | |
Liberia | | liberian
Libya | | libyan
Lithuania | | lithuanian
Luxembourg | |
Madagascar | | malagasy
Malawi | | malawian
Malaysia | | malaysian
Maldives | | maldivian
Mali | | malian
Malta | | maltese
Mauritania | | mauritanian
Mauritius | | mauritian
Mexico | | mexican
Moldova | | moldovan
Mongolia | | mongolian
Montenegro | | montenegrin
Morocco | | moroccan
Mozambique | | mozambican
Myanmar | burma | burmese
Namibia | | namibian
Nepal | | nepali, nepalese
Netherlands | the netherlands, holland | dutch
New Zealand | | new zealander
Nicaragua | | nicaraguan
Niger | | nigerien
Nigeria | | nigerian
North Korea | | north korean
North Macedonia | macedonia | macedonian
Norway | | norwegian
Oman | | omani
Pakistan | | pakistani
Palestine | palestinian territories | palestinian
Panama | | panamanian
Papua New Guinea | | papua new guinean
Paraguay | | paraguayan
Peru | | peruvian
Philippines | the philippines | filipino, filipina
Poland | | polish
Portugal | | portuguese
Qatar | | qatari
Romania | | romanian
Russia | russian federation | russian
Rwanda | | rwandan
Saudi Arabia | | saudi
Senegal | | senegalese
Serbia | | serbian, serbs
Sierra Leone | | sierra leonean
Singapore | | singaporean
Slovakia | | slovak
Slovenia | | slovenian
Somalia | | somali
South Africa | | south african
South Korea | | south korean
South Sudan | | south sudanese
Spain | | spanish, spaniards
Sri Lanka | ceylon | sri lankan
Sudan | | sudanese
Suriname | | surinamese
Sweden | | swedish, swedes
Switzerland | | swiss
Syria | | syrian
Taiwan | | taiwanese
Tajikistan | | tajik
Tanzania | | tanzanian
Thailand | siam | thai
Timor-Leste | east timor | timorese
Togo | | togolese
Trinidad and Tobago | trinidad | trinidadian
Tunisia | | tunisian
Turkey | turkiye, türkiye | turkish, turks
Turkmenistan | | turkmen
Uganda | | ugandan
Ukraine | | ukrainian
United Arab Emirates | uae, emirates | emirati
United Kingdom | uk, britain, great britain | british, britons
United States | us, usa, america, united states of america | american
Uruguay | | uruguayan
Uzbekistan | | uzbek
Venezuela | | venezuelan
Vietnam | viet nam | vietnamese
Yemen | | yemeni
Zambia | | zambian
Zimbabwe | rhodesia | zimbabwean
"""


def _rows() -> list[tuple[str, list[str], list[str]]]:
    rows = []
    for line in _TABLE.strip().splitlines():
        name, others, demonyms = (part.strip() for part in line.split("|"))
        rows.append(
            (
                name,
                [o.strip() for o in others.split(",") if o.strip()],
                [d.strip() for d in demonyms.split(",") if d.strip()],
            )
        )
    return rows


def _plural(demonym: str) -> str | None:
    """The plural for the people of a demonym, when it takes an "s" ("Syrians", not "Chinese")."""
    if demonym.endswith(("ese", "ss", "ish", "ch", "sh", "swiss")) or " " in demonym:
        return None
    return demonym + "s"


_ROWS = _rows()

#: Every name of a country (lower case, one or more words) to the name the library writes.
COUNTRY_NAMES: Mapping[str, str] = MappingProxyType(
    {written: name for name, others, _ in _ROWS for written in (name.lower(), *others)}
)

#: Every demonym (lower case) and the plural for its people to the country's name.
COUNTRY_DEMONYMS: Mapping[str, str] = MappingProxyType(
    {
        word: name
        for name, _, demonyms in _ROWS
        for demonym in demonyms
        for word in (demonym, _plural(demonym))
        if word is not None
    }
)

#: Demonyms whose people are one word in both numbers ("a Swiss", "two
#: Portuguese", "a Chinese"): counted by an article as one person.
PEOPLE_SAME_IN_PLURAL = frozenset(
    demonym
    for _, _, demonyms in _ROWS
    for demonym in demonyms
    if demonym.endswith(("ese", "swiss")) and " " not in demonym
)

#: The country names of one word ("chad", "mauritania"), lower case.
ONE_WORD_COUNTRIES = frozenset(w for w in COUNTRY_NAMES if " " not in w)

#: For each first word of a country name of several words, the words after
#: it, longest first ("burkina": (("faso",),), "central": (("african",
#: "republic"),)).  A leading "the" is no part of the name.
COUNTRY_CONTINUATIONS: Mapping[str, tuple[tuple[str, ...], ...]] = MappingProxyType(
    {
        first: tuple(
            sorted(
                {
                    tuple(w.split()[1:])
                    for w in COUNTRY_NAMES
                    if " " in w and not w.startswith("the ") and w.split()[0] == first
                },
                key=len,
                reverse=True,
            )
        )
        for first in {w.split()[0] for w in COUNTRY_NAMES if " " in w and not w.startswith("the ")}
    }
)

#: The demonyms' words, lower-case ("sudanese", "syrians"): a people named.
DEMONYM_WORDS = frozenset(COUNTRY_DEMONYMS)
#: Peoples with no country's demonym, and the country they come from (a
#: people counted abroad: "Bangladesh is host to nearly one million Rohingya").
STATELESS_PEOPLES: Mapping[str, str] = MappingProxyType(
    {"rohingya": "Myanmar", "rohingyas": "Myanmar"}
)
