"""A chart's money axis (core.axis): round steps that reach the top, labelled as money a manager
reads (15万, 1,500), the same labels on screen and on paper."""
from hypothesis import given, strategies as st

from counter_app.core.axis import MAX_TICKS, money_ticks, yuan_label


def test_labels_read_as_money():
    assert [label for _, label in money_ticks(17_383_100)] == ["0", "5万", "10万", "15万", "20万"]
    assert [label for _, label in money_ticks(173_831)] == ["0", "500", "1,000", "1,500", "2,000"]
    assert [label for _, label in money_ticks(1_600_000)] == ["0", "0.5万", "1万", "1.5万", "2万"]
    assert yuan_label(25_000) == "2.5万" and yuan_label(1_500) == "1,500" and yuan_label(0) == "0"


@given(st.integers(0, 10**13))
def test_steps_are_round_and_reach_the_top(top_fen):
    ticks = money_ticks(top_fen)
    values = [v for v, _ in ticks]
    step = values[1] - values[0]
    assert values[0] == 0 and values[-1] * 100 >= top_fen and len(ticks) - 1 <= MAX_TICKS
    assert all(b - a == step for a, b in zip(values, values[1:]))
    assert str(step).lstrip("125").strip("0") == "" and str(step)[0] in "125"
    assert len({label for _, label in ticks}) == len(ticks)           # no two ticks read alike
