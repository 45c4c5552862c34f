"""Reading articles and their manifests: provenance, and one clear message per bad file."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from conflictfigures import (
    ConflictFiguresError,
    Document,
    DocumentError,
    InvalidManifest,
    InvalidText,
    Source,
    UnreadableDocument,
    read_document,
    read_documents,
)

MANIFEST = "file,outlet,published,url,note\n"


def _folder(tmp_path: Path, files: dict[str, str | bytes], manifest: str | None = None) -> Path:
    for name, content in files.items():
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8", newline="")
    if manifest is not None:
        (tmp_path / "manifest.csv").write_text(manifest, encoding="utf-8")
    return tmp_path


def test_manifest_gives_provenance_and_stem_is_doc_id(tmp_path: Path) -> None:
    folder = _folder(
        tmp_path,
        {"a.txt": "Two soldiers were killed.", "b.txt": "Five were wounded."},
        MANIFEST + "a.txt,Haaretz,2020-02-27,https://example.org/a,Reuters story\nb.txt,,,,\n",
    )
    docs = list(read_documents([folder]))
    assert [d.source for d in docs] == [
        Source(
            outlet="Haaretz",
            published=dt.date(2020, 2, 27),
            url="https://example.org/a",
            doc_id="a",
        ),
        Source(doc_id="b"),
    ]
    assert docs[0].text == "Two soldiers were killed."
    assert docs[0].path == str(folder / "a.txt")


def test_text_is_kept_exactly_but_the_byte_order_mark_is_dropped(tmp_path: Path) -> None:
    folder = _folder(tmp_path, {"a.txt": b"\xef\xbb\xbfLine one.\r\nLine two.\n"})
    [doc] = read_documents([folder])
    assert doc.text == "Line one.\r\nLine two.\n"
    assert doc.sha256 == Document(text="Line one.\r\nLine two.\n").sha256


def test_single_file_reads_the_manifest_beside_it_and_keywords_override(tmp_path: Path) -> None:
    folder = _folder(tmp_path, {"a.txt": "x"}, MANIFEST + "a.txt,Haaretz,2020-02-27,,\n")
    doc = read_document(folder / "a.txt", url="https://example.org/a")
    assert doc.source == Source(
        outlet="Haaretz", published=dt.date(2020, 2, 27), url="https://example.org/a", doc_id="a"
    )
    [doc] = read_documents([folder / "a.txt"], outlet="Reuters", published=dt.date(2020, 2, 28))
    assert (doc.source.outlet, doc.source.published) == ("Reuters", dt.date(2020, 2, 28))
    assert read_document(folder / "a.txt", manifest=False).source == Source(doc_id="a")


def test_folders_are_read_recursively_sorted_and_hidden_files_skipped(tmp_path: Path) -> None:
    folder = _folder(
        tmp_path,
        {
            "b.txt": "b",
            "a.md": "a",
            "sub/c.txt": "c",
            ".hidden.txt": "h",
            ".git/d.txt": "d",
            "image.png": "p",
            "listed.html": "l",
        },
        MANIFEST + "listed.html,X,,,\n",
    )
    assert [d.text for d in read_documents([folder])] == ["a", "b", "l", "c"]


def test_file_without_a_date_still_reads(tmp_path: Path) -> None:
    folder = _folder(tmp_path, {"a.txt": "x"})
    [doc] = read_documents([folder])
    assert doc.source.published is None


def test_not_utf8_names_the_file_the_byte_and_its_offset(tmp_path: Path) -> None:
    folder = _folder(tmp_path, {"bad.txt": b"caf\xe9 au lait", "good.txt": "fine"})
    errors: list[DocumentError] = []
    docs = list(read_documents([folder], errors=errors))
    assert [d.text for d in docs] == ["fine"]
    assert [str(e) for e in errors] == [f"{folder / 'bad.txt'}: not UTF-8: byte 0xe9 at offset 3"]
    assert isinstance(errors[0], UnreadableDocument)
    assert isinstance(errors[0], ConflictFiguresError)
    assert isinstance(errors[0], ValueError)
    assert errors[0].path == str(folder / "bad.txt")


def test_missing_file_and_folder_given_as_file(tmp_path: Path) -> None:
    errors: list[DocumentError] = []
    docs = list(read_documents([tmp_path / "nope.txt"], errors=errors))
    assert docs == []
    assert [str(e) for e in errors] == [f"{tmp_path / 'nope.txt'}: no such file"]
    with pytest.raises(UnreadableDocument) as info:
        read_document(tmp_path)
    assert str(info.value) == f"{tmp_path}: is a folder, not a file"


def test_unreadable_file_says_permission_denied(tmp_path: Path) -> None:
    folder = _folder(tmp_path, {"a.txt": "x"})
    (folder / "a.txt").chmod(0)
    try:
        if (folder / "a.txt").stat().st_mode and _can_read(folder / "a.txt"):
            pytest.skip("running as a user that reads anything (root)")
        with pytest.raises(UnreadableDocument) as info:
            read_document(folder / "a.txt")
        assert str(info.value) == f"{folder / 'a.txt'}: cannot read: Permission denied"
    finally:
        (folder / "a.txt").chmod(0o644)


def _can_read(path: Path) -> bool:
    try:
        path.read_bytes()
    except PermissionError:
        return False
    return True


def test_without_an_error_list_the_first_problem_raises(tmp_path: Path) -> None:
    folder = _folder(tmp_path, {"a.txt": b"\xff"})
    with pytest.raises(UnreadableDocument, match="not UTF-8"):
        list(read_documents([folder]))


def test_manifest_missing_a_column_skips_its_folder_with_one_error(tmp_path: Path) -> None:
    bad = _folder(tmp_path / "bad", {"a.txt": "x"}, "file,outlet,published\na.txt,X,,\n")
    good = _folder(tmp_path / "good", {"b.txt": "y"})
    errors: list[DocumentError] = []
    docs = list(read_documents([bad, good], errors=errors))
    assert [d.text for d in docs] == ["y"]
    assert [str(e) for e in errors] == [
        f"{bad / 'manifest.csv'}: missing column 'url' (has 'file', 'outlet', 'published')"
    ]
    assert isinstance(errors[0], InvalidManifest)


def test_manifest_missing_several_columns(tmp_path: Path) -> None:
    folder = _folder(tmp_path, {"a.txt": "x"}, "name,source\n")
    with pytest.raises(InvalidManifest) as info:
        read_document(folder / "a.txt")
    assert str(info.value) == (
        f"{folder / 'manifest.csv'}: missing columns 'file', 'outlet', 'published', 'url' "
        "(has 'name', 'source')"
    )


def test_manifest_row_with_an_impossible_date_fails_only_that_file(tmp_path: Path) -> None:
    folder = _folder(
        tmp_path,
        {"a.txt": "x", "b.txt": "y", "c.txt": "z"},
        MANIFEST + "a.txt,A,2020-02-30,,\nb.txt,B,2020-02-27,,\nc.txt,C,27 Feb 2020,,\n",
    )
    errors: list[DocumentError] = []
    docs = list(read_documents([folder], errors=errors))
    assert [d.source.outlet for d in docs] == ["B"]
    manifest = folder / "manifest.csv"
    assert [str(e) for e in errors] == [
        (
            f"{manifest} line 2: 'published' of 'a.txt': impossible date '2020-02-30' "
            "(day is out of range for month)"
        ),
        f"{manifest} line 4: 'published' of 'c.txt': not a date as YYYY-MM-DD: '27 Feb 2020'",
    ]


def test_manifest_listing_a_file_twice_or_a_missing_file(tmp_path: Path) -> None:
    folder = _folder(
        tmp_path,
        {"a.txt": "x"},
        MANIFEST + "a.txt,A,,,\na.txt,B,,,\ngone.txt,C,,,\n",
    )
    errors: list[DocumentError] = []
    assert list(read_documents([folder], errors=errors)) == []
    manifest = folder / "manifest.csv"
    assert [str(e) for e in errors] == [
        f"{manifest} line 3: 'a.txt' is listed twice",
        f"{manifest}: lists 'gone.txt', which does not exist",
    ]


def test_manifest_not_utf8(tmp_path: Path) -> None:
    folder = _folder(tmp_path, {"a.txt": "x"})
    (folder / "manifest.csv").write_bytes(b"file,outlet,published,url\na.txt,Caf\xe9,,\n")
    with pytest.raises(InvalidManifest) as info:
        read_document(folder / "a.txt")
    assert str(info.value) == f"{folder / 'manifest.csv'}: not UTF-8: byte 0xe9 at offset 35"


def test_manifest_with_bom_and_spaced_header(tmp_path: Path) -> None:
    folder = _folder(tmp_path, {"a.txt": "x"})
    (folder / "manifest.csv").write_text(
        "\ufefffile, outlet ,published,url\na.txt, Haaretz ,2020-02-27,\n", encoding="utf-8"
    )
    assert read_document(folder / "a.txt").source.outlet == "Haaretz"


def test_document_validates_and_names_itself() -> None:
    with pytest.raises(InvalidText) as info:
        Document(text=b"bytes")  # type: ignore[arg-type]
    assert str(info.value) == "'text' must be a str, got bytes"
    assert Document(text="x", path="a.txt").name == "a.txt"
    assert Document(text="x", source=Source(doc_id="d1")).name == "d1"
    assert Document(text="x").name == Document(text="x").sha256[:12]
