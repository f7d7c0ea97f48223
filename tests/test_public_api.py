"""The package's public API is reachable as the issues name it."""

import subprocess
import sys

SCRIPT = """
import tracker
from tracker.extract.timex import tag_timexes  # binds the subpackage on tracker
result = tracker.extract("Floods hit the town on Aug. 10, 2021.", None)
assert type(result).__name__ == "Extraction", result
assert tracker.tag_timexes("on Aug. 10, 2021")[0].value == "2021-08-10"
assert 0.0 <= tracker.claim_score("Prices rose 7 percent in 2020.") <= 1.0
assert callable(tracker.open_store)
print("ok")
"""


def test_top_level_functions_work_in_a_fresh_interpreter() -> None:
    done = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "ok"


def test_extract_is_callable_through_the_package() -> None:
    import tracker

    assert tracker.extract("Talks began on Monday.", None).events is not None
