"""Atomic replacement: the old file survives a failed write and no temporary is left."""

import os

import pytest

from engine.atomic import replacing, write_text


def test_a_failed_write_keeps_the_old_file_and_leaves_nothing(tmp_path):
    path = tmp_path / "scene.json"
    path.write_text("old")

    def fail(stream):
        stream.write("half")
        raise RuntimeError("disk full")

    with pytest.raises(RuntimeError):
        write_text(path, fail)
    assert path.read_text() == "old"
    assert os.listdir(tmp_path) == ["scene.json"]


def test_a_successful_write_replaces_and_keeps_the_mode(tmp_path):
    path = tmp_path / "out.csv"
    path.write_text("old")
    path.chmod(0o640)
    write_text(path, lambda stream: stream.write("new"))
    assert path.read_text() == "new"
    assert path.stat().st_mode & 0o777 == 0o640
    assert os.listdir(tmp_path) == ["out.csv"]


def test_replacing_moves_the_temporary_only_on_success(tmp_path):
    path = tmp_path / "image.png"
    with replacing(path) as temp:
        assert os.path.dirname(temp) == str(tmp_path) and temp.endswith(".png")
        with open(temp, "wb") as stream:
            stream.write(b"png")
    assert path.read_bytes() == b"png"
