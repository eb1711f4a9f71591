"""The training panel's worker job: the confusion matrix after an evaluation reuses the predictions of
that evaluation's test pass (no second pass), and the GUI gets the EpochResults without the arrays."""
from __future__ import annotations

from types import SimpleNamespace

import numpy as np

from dlfs_studio.app.panels.training import jobs
from dlfs_studio.core.nets import TwoLayerNet
from dlfs_studio.core.training import TrainConfig, TrainingControl, evaluate


def blob_data(seed=0, dim=16, k=4):
    rng = np.random.default_rng(seed)
    centres = rng.standard_normal((k, dim)) * 2

    def make(n):
        t = rng.integers(0, k, n)
        return (centres[t] + rng.standard_normal((n, dim))).astype(np.float32), t.astype(np.int64)

    (x1, t1), (x2, t2) = make(400), make(150)
    return SimpleNamespace(x_train=x1, t_train=t1, x_test=x2, t_test=t2)


def make_job(data, **config):
    net = TwoLayerNet(16, 10, 4, activation="relu", rng=np.random.default_rng(0))
    cfg = TrainConfig(**({"iterations": None, "epochs": 3, "mode": "epochs"} | config))
    return jobs.TrainingJob(net, data, cfg, TrainingControl(), class_names=tuple("abcd"))


def count_evaluate_calls(monkeypatch) -> list:
    calls = []

    def counting(net, x, t, batch_size=1000):
        calls.append(x.shape[0])
        return evaluate(net, x, t, batch_size)

    monkeypatch.setattr(jobs, "evaluate", counting)
    return calls


def test_confusion_after_an_evaluation_needs_no_second_pass(monkeypatch):
    data = blob_data()
    job = make_job(data)
    calls = count_evaluate_calls(monkeypatch)
    seen = 0
    for p in job.iterate():
        if p.eval is None:
            continue
        snap = job.snapshot([p], urgent=True)
        seen += 1
        assert snap.evaluation is not None and snap.evaluation.iteration == p.iteration
        fresh = evaluate(job.net, data.x_test, data.t_test)  # what the second pass used to compute
        np.testing.assert_array_equal(snap.evaluation.confusion, fresh.confusion)
        assert snap.evaluation.accuracy == p.eval.test_acc == fresh.accuracy
        assert [w["index"] for w in snap.evaluation.wrong] == [w["index"] for w in fresh.misclassified(jobs.GALLERY)]
        # the GUI keeps every EpochResult: they reach it without the (N_test,) arrays
        (sent,) = snap.evals
        assert sent.test_predictions is None and sent.test_confidences is None
        assert (sent.iteration, sent.test_acc) == (p.eval.iteration, p.eval.test_acc)
    assert seen == 3
    assert calls == []


def test_an_evaluation_is_still_computed_when_the_network_moved_on(monkeypatch):
    data = blob_data()
    job = make_job(data, iterations=7, epochs=None, mode="book")  # evaluations at 1 and 5; it ends at 7
    calls = count_evaluate_calls(monkeypatch)
    items = list(job.iterate())
    last = items[-1]
    assert last.state == "finished" and last.iteration == 7
    snap = job.snapshot(items[-3:], urgent=True)  # no evaluation among them; the run ended
    assert calls == [data.x_test.shape[0]]
    assert snap.evaluation is not None and snap.evaluation.iteration == 7
    np.testing.assert_array_equal(snap.evaluation.confusion, evaluate(job.net, data.x_test, data.t_test).confusion)


def test_a_job_without_views_keeps_no_predictions():
    data = blob_data()
    job = make_job(data)
    job.with_views = False
    evals = [p.eval for p in job.iterate() if p.eval is not None]
    assert len(evals) == 3 and all(e.test_predictions is None for e in evals)


def test_a_run_stopped_through_its_control_ends_with_an_evaluation_of_the_final_network():
    """The panel's Stop goes through core's control: the "stopped" snapshot carries the final evaluation."""
    data = blob_data()
    job = make_job(data, iterations=50, epochs=None, mode="book")
    items = []
    for p in job.iterate():
        items.append(p)
        if p.iteration == 10 and p.eval is None and p.state == "running":
            job.control.stop()
    last = items[-1]
    assert last.state == "stopped" and last.iteration == 10
    snap = job.snapshot([last], urgent=True)
    ev = snap.evaluation
    assert ev is not None and ev.iteration == 10
    np.testing.assert_array_equal(ev.confusion, evaluate(job.net, data.x_test, data.t_test).confusion)
    # what a view needs to show it on its own: the dataset's class names and the mistakes one by one
    assert ev.class_names == tuple("abcd")
    assert ev.images is not None and ev.images.shape == (len(ev.wrong), 4, 4)
    np.testing.assert_array_equal(ev.images[0].ravel(), data.x_test[ev.wrong[0]["index"]])
