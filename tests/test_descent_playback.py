"""Playback keeps time, not ticks: the steps due by the clock are taken at each tick, so a slow frame or a
stalled event loop skips frames, never time. Driven by a fake clock: no test depends on wall time."""
from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")


class FakeClock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def view(descent_panel):
    v = descent_panel.descent
    v.steps_field.set_value(10000)
    v.reset()
    return v


def start(view, speed: float) -> FakeClock:
    clock = FakeClock()
    view.playback.set_clock(clock)
    view.playback.speed_field.set_value(speed)
    view.play()  # the timer's own ticks need the event loop, which these tests never run: they tick by hand
    return clock


def run_for(view, clock: FakeClock, seconds: float, frame: float) -> int:
    """Tick every ``frame`` seconds of fake time for ``seconds``; returns the ticks that drew a step."""
    drawn = 0
    for _ in range(round(seconds / frame)):
        clock.now += frame
        drawn += view.playback.tick() > 0
    return drawn


def test_500_steps_per_second_play_500_steps_in_a_second_at_most_60_frames(view):
    clock = start(view, 500.0)
    assert view.playback.timer.interval() == 16  # ~60 frames a second, not 500
    frames = run_for(view, clock, 1.0, 1 / 60)
    assert view.step_index == 500
    assert frames <= 61


def test_slow_frames_skip_frames_not_time(view):
    clock = start(view, 100.0)
    frames = run_for(view, clock, 1.0, 0.2)  # every frame took 200 ms to draw
    assert view.step_index == 100 and frames == 5


def test_a_stalled_event_loop_catches_up_on_the_next_tick(view):
    clock = start(view, 50.0)
    clock.now += 0.5
    assert view.playback.tick() == 25


def test_slow_speeds_take_one_step_per_period(view):
    clock = start(view, 4.0)
    assert view.playback.timer.interval() == 250
    clock.now += 0.24  # a timer firing slightly early still takes its step
    assert view.playback.tick() == 1
    clock.now += 0.1
    assert view.playback.tick() == 0 and view.step_index == 1
    clock.now += 0.16
    assert view.playback.tick() == 1 and view.step_index == 2


def test_a_speed_change_counts_from_the_change(view):
    clock = start(view, 10.0)
    clock.now += 1.0
    view.playback.tick()
    assert view.step_index == 10
    view.playback.speed_field.set_value(100.0)
    clock.now += 0.5
    view.playback.tick()
    assert view.step_index == 60


def test_playback_pauses_at_the_end(view):
    view.steps_field.set_value(20)
    view.reset()
    clock = start(view, 500.0)
    clock.now += 1.0
    assert view.playback.tick() == 20
    assert view.step_index == 20 and not view.is_playing()


def test_the_race_keeps_time_too(descent_panel):
    race = descent_panel.race
    race.steps_field.set_value(30)
    race.reset()
    clock = start(race, 5.0)
    run_for(race, clock, 6.0, 0.5)  # the book's 30 steps at 5 steps/s take 6 s, however slow the frames
    assert race.step_index == 30 and not race.is_playing()
