"""The one backend contract: choosing, refusals kept for ``status``, forcing by name."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from backbreak.desktop.backend import (
    FORCE_ENV,
    Refusal,
    choose,
    choose_all,
    forced_names,
    parse_force,
)


@dataclass
class Fake:
    name: str
    works: bool = True
    reason: str = ""
    install_hint: str = ""
    asked: int = 0

    def available(self) -> bool:
        self.asked += 1
        if not self.works:
            self.reason = f"{self.name} is missing"
        return self.works


def null(refused: tuple[Refusal, ...]) -> Fake:
    return Fake("none", reason="nothing works here" if refused else "")


def test_first_available_wins_and_the_refused_say_why() -> None:
    a, b, c = Fake("a", works=False, install_hint="install a"), Fake("b"), Fake("c")
    choice = choose("idle", [a, b, c], null, environ={})
    assert choice.backend is b
    assert c.asked == 0
    assert choice.fell_back
    assert choice.describe() == "b (a: a is missing; install a)"


def test_nothing_available_falls_back_with_every_reason() -> None:
    choice = choose("sound", [Fake("x", works=False)], null, environ={})
    assert choice.backend.name == "none"
    assert choice.describe() == "none (nothing works here; x: x is missing)"


def test_a_forced_backend_is_used_even_when_a_better_one_works() -> None:
    a, b = Fake("a"), Fake("b")
    choice = choose("idle", [a, b], null, environ={FORCE_ENV: "idle=b, sound=x"})
    assert choice.backend is b
    assert a.asked == 0
    assert choice.describe() == f"b (forced by {FORCE_ENV})"


def test_a_forced_null_backend_is_honoured() -> None:
    choice = choose("idle", [Fake("a")], null, environ={FORCE_ENV: "idle=none"})
    assert choice.backend.name == "none"
    assert not choice.refused


def test_an_unavailable_forced_backend_is_reported_and_the_usual_choice_made() -> None:
    a, b = Fake("a"), Fake("b", works=False)
    choice = choose("idle", [a, b], null, environ={FORCE_ENV: "idle=b"})
    assert choice.backend is a
    assert "asked for 'b', which is not available" in choice.describe()
    assert "b: b is missing" in choice.describe()


def test_force_syntax() -> None:
    assert forced_names({FORCE_ENV: "idle=x11-xss,,bad, Sound = paplay"}) == {
        "idle": "x11-xss",
        "sound": "paplay",
    }
    assert parse_force(["idle=none", "SOUND=paplay"]) == "idle=none,sound=paplay"
    with pytest.raises(ValueError, match="KIND=NAME"):
        parse_force(["idle"])
    with pytest.raises(ValueError, match="unknown backend kind 'mouse'"):
        parse_force(["mouse=x"])


def test_choose_all_takes_every_available_one_and_keeps_the_refusals() -> None:
    a, b, c = Fake("a"), Fake("b", works=False, install_hint="install b"), Fake("c")
    choices = choose_all("busy", [a, b, c], environ={})
    assert choices.backends == (a, c)
    assert choices.describe() == "a + c (b: b is missing; install b)"
    assert choose_all("busy", [], environ={}).describe("nobody") == "nobody"


def test_choose_all_can_be_forced_to_one_or_to_none() -> None:
    a, b = Fake("a"), Fake("b")
    one = choose_all("busy", [a, b], environ={FORCE_ENV: "busy=b"})
    assert one.backends == (b,)
    assert a.asked == 0
    assert one.describe() == f"b (forced by {FORCE_ENV})"
    nothing = choose_all("busy", [a, b], environ={FORCE_ENV: "busy=none"})
    assert nothing.backends == ()
    assert nothing.describe() == f"none (forced by {FORCE_ENV})"
    missing = choose_all("busy", [a, Fake("x", works=False)], environ={FORCE_ENV: "busy=x"})
    assert missing.backends == (a,)
    assert "asked for 'x', which is not available" in missing.describe()
