"""The house's plan (scripts/house.py, read from the code): no new circle of imports and no arrow
running back up the layers (ui -> services -> core and store; documents -> core; cli -> services)."""
from pathlib import Path

from scripts.house import read_house, room_of

ROOT = Path(__file__).resolve().parents[1]
# The circles there are today, each by name: a new one fails, and so does one swapped for another.
KNOWN_CIRCLES: list[list[str]] = []


def test_no_new_circle_and_no_arrow_running_back_up():
    house = read_house(ROOT)
    assert [c for c in house.module_circles() if c not in KNOWN_CIRCLES] == []
    assert house.room_circles() == []
    assert house.upward() == []


def test_the_plan_sees_what_it_must(tmp_path):
    """A package with an arrow up from core, a circle, an import left to type checkers and one
    inside a function: each is seen as what it is."""
    files = {
        "counter_app/__init__.py": "",
        "counter_app/core/__init__.py": "",
        "counter_app/core/rules.py": "from ..services.billing import runs\n",
        "counter_app/services/__init__.py": "",
        "counter_app/services/billing/__init__.py": "",
        "counter_app/services/billing/runs.py": "from ...core import rules\nfrom . import plans\n",
        "counter_app/services/billing/plans.py": "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n"
                                                  "    from ...ui import window\n"
                                                  "def later():\n    from . import runs\n",
        "counter_app/ui/__init__.py": "",
        "counter_app/ui/window.py": "from counter_app.services.billing.runs import x\n",
    }
    for name, text in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text, encoding="utf-8")
    house = read_house(tmp_path)
    assert house.upward() == [("core", "services/billing")]
    assert house.module_circles() == [["counter_app.core.rules", "counter_app.services.billing.plans",
                                       "counter_app.services.billing.runs"]]
    assert house.room_circles() == [["core", "services/billing"]]
    assert ("services/billing", "ui") not in house.room_arrows()        # TYPE_CHECKING: never runs
    assert house.figures()["imports inside functions"] == 1
    assert room_of("counter_app.cli.data") == "cli" and room_of("counter_app.paths") == "plumbing"
