"""The signal taxonomy: the stable codes of PRODUCT.md, grouped, labelled and explained."""

from __future__ import annotations

import pytest

from trustjournal.core.errors import InvalidInput
from trustjournal.core.judgement import signals
from trustjournal.core.judgement.signals import Group

STABLE_CODES = [
    "they_shared_failure",
    "they_admitted_doubt",
    "they_voiced_regret",
    "they_gave_honest_feedback",
    "they_challenged_framing",
    "they_understood_constraints",
    "i_shared_failure",
    "i_admitted_doubt",
    "i_asked_for_help",
    "similar_failures",
    "comparable_tradeoffs",
    "parallel_pressures",
    "signalled_success",
    "transactional",
    "surface_talk",
    "validated_only",
    "i_kept_it_polished",
]


def test_codes_are_exactly_the_stable_list_in_order() -> None:
    assert list(signals.CODES) == STABLE_CODES


@pytest.mark.parametrize(
    ("group", "prefix_or_codes"),
    [
        (Group.HONESTY_THEM, "they_"),
        (Group.HONESTY_ME, "i_"),
        (Group.SHARED_CONTEXT, ("similar_failures", "comparable_tradeoffs", "parallel_pressures")),
        (
            Group.POLISH,
            (
                "signalled_success",
                "transactional",
                "surface_talk",
                "validated_only",
                "i_kept_it_polished",
            ),
        ),
    ],
)
def test_each_group_holds_its_signals(group: Group, prefix_or_codes: str | tuple[str, ...]) -> None:
    codes = tuple(s.code for s in signals.in_group(group))
    if isinstance(prefix_or_codes, str):
        assert codes and all(c.startswith(prefix_or_codes) for c in codes)
    else:
        assert codes == prefix_or_codes


def test_every_signal_has_a_label_and_a_one_line_explanation() -> None:
    for s in signals.SIGNALS:
        assert s.label and s.label[0].isupper()
        assert s.explanation.endswith(".") and "\n" not in s.explanation
    assert len({s.label for s in signals.SIGNALS}) == len(signals.SIGNALS)
    assert set(signals.GROUP_LABELS) == set(Group)


def test_normalise_orders_and_deduplicates() -> None:
    assert signals.normalise(["transactional", "they_shared_failure", "transactional"]) == (
        "they_shared_failure",
        "transactional",
    )


def test_unknown_code_is_refused_with_the_valid_ones_listed() -> None:
    with pytest.raises(InvalidInput) as caught:
        signals.normalise(["they_shared_failure", "they_lied"])
    message = str(caught.value)
    assert "'they_lied'" in message
    assert all(code in message for code in STABLE_CODES)


@pytest.mark.parametrize(
    ("codes", "honest"),
    [
        ((), False),
        (("signalled_success", "transactional"), False),
        (("i_kept_it_polished", "comparable_tradeoffs"), True),
        (("i_asked_for_help",), True),
        (("they_challenged_framing",), True),
    ],
)
def test_an_honest_conversation_has_an_honesty_or_shared_context_signal(
    codes: tuple[str, ...], honest: bool
) -> None:
    assert signals.is_honest(codes) is honest
