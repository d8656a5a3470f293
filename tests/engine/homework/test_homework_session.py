"""Sessions remember the student's file only as a path and a hash, and refuse a bad entry."""

import json

import pytest

from engine.scene.scene import default_scene
from engine.scene.session_file import SessionState, read_session, session_to_dict, write_session

DIGEST = "0123456789abcdef" * 4


def test_the_student_file_round_trips_as_path_and_hash(tmp_path):
    path = tmp_path / "s.json"
    write_session(str(path), SessionState(default_scene(), student=("/course/optim.py", DIGEST)))
    assert json.loads(path.read_text())["student"] == {"path": "/course/optim.py", "sha256": DIGEST}
    assert read_session(str(path)).student == ("/course/optim.py", DIGEST)


def test_a_session_without_student_code_stays_as_it_was():
    data = session_to_dict(SessionState(default_scene()))
    assert "student" not in data


@pytest.mark.parametrize("bad", [{"path": 3, "sha256": DIGEST}, {"path": "a.py"}, "a.py",
                                 {"path": "a.py", "sha256": "12"}])  # fmt: skip
def test_a_malformed_student_entry_is_refused(tmp_path, bad):
    data = session_to_dict(SessionState(default_scene()))
    path = tmp_path / "s.json"
    path.write_text(json.dumps({**data, "student": bad}))
    with pytest.raises(ValueError, match="'student' must be"):
        read_session(str(path))
