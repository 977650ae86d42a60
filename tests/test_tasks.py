"""The background-task helper: results, errors, progress and cancellation reach the main thread."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QThread
from PySide6.QtWidgets import QApplication

from desktop.errors import ValidationError
from desktop.tasks import Cancelled, Task, run_task, run_with_office, wait_for_all


@pytest.fixture(autouse=True)
def idle_worker():
    yield
    assert wait_for_all(5000)


def on_main_thread() -> bool:
    return QThread.currentThread() is QApplication.instance().thread()


def test_result_arrives_on_the_main_thread(qtbot):
    worker_threads: list[int] = []
    seen: list[tuple[object, bool]] = []

    def work(progress, is_cancelled):
        worker_threads.append(threading.get_ident())
        return {"answer": 42}

    task = run_task(work)
    task.succeeded.connect(lambda value: seen.append((value, on_main_thread())))
    with qtbot.waitSignal(task.finished, timeout=5000):
        pass
    assert seen == [({"answer": 42}, True)]
    assert worker_threads and worker_threads[0] != threading.get_ident()
    assert task.state == "succeeded" and task.result == {"answer": 42}


def test_exceptions_arrive_as_the_failed_signal(qtbot):
    def work(progress, is_cancelled):
        raise ValidationError("文件“{file}”读不出来。", file="a.xlsx")

    task = run_task(work)
    with qtbot.waitSignal(task.failed, timeout=5000) as blocker:
        pass
    error = blocker.args[0]
    assert isinstance(error, ValidationError) and "a.xlsx" in str(error)
    assert task.state == "failed" and task.error is error and task.result is None


def test_progress_arrives_in_order_before_the_result(qtbot):
    events: list[object] = []

    def work(progress, is_cancelled):
        for i in range(1, 51):
            progress(i, 50, f"第 {i} 行")
        return "done"

    task = run_task(work)
    task.progress.connect(lambda done, total, text: events.append((done, total, text, on_main_thread())))
    task.succeeded.connect(lambda value: events.append(value))
    with qtbot.waitSignal(task.finished, timeout=5000):
        pass
    assert events[:-1] == [(i, 50, f"第 {i} 行", True) for i in range(1, 51)]
    assert events[-1] == "done"


def test_cancel_stops_a_function_that_checks(qtbot):
    started = threading.Event()
    loops: list[int] = []

    def work(progress, is_cancelled):
        started.set()
        for i in range(10_000):
            if is_cancelled():
                raise Cancelled
            loops.append(i)
            threading.Event().wait(0.001)  # a step of real work
        return "finished anyway"

    task = run_task(work)
    results: list[object] = []
    task.succeeded.connect(results.append)
    assert started.wait(5)
    with qtbot.waitSignal(task.cancelled, timeout=5000):
        task.cancel()
    assert task.state == "cancelled" and results == [] and len(loops) < 10_000


def test_a_cancelled_task_never_delivers_its_result(qtbot):
    gate = threading.Event()

    def work(progress, is_cancelled):
        gate.wait(5)  # does not look at is_cancelled
        return "late"

    task = run_task(work)
    results: list[object] = []
    task.succeeded.connect(results.append)
    task.cancel()
    with qtbot.waitSignal(task.cancelled, timeout=5000):
        gate.set()
    assert results == [] and task.result is None


def test_tasks_queued_behind_a_cancelled_one_still_run(qtbot):
    gate = threading.Event()
    first = run_task(lambda progress, is_cancelled: gate.wait(5))
    second = Task(lambda progress, is_cancelled: "never")
    second.start()
    second.cancel()  # cancelled while it waits for the worker: never runs
    third = run_task(lambda progress, is_cancelled: "third")
    gate.set()
    with qtbot.waitSignal(third.succeeded, timeout=5000) as blocker:
        pass
    assert blocker.args == ["third"] and first.state == "succeeded" and second.state == "cancelled"


def test_run_with_office_opens_its_own_connection(qtbot, office):
    office.departments.resolve("县人社局")
    main_conn = office.conn

    def work(worker_office, progress, is_cancelled):
        assert worker_office.conn is not main_conn
        return [d.name for d in worker_office.departments.list()], worker_office.clock().year

    task = run_with_office(office.path, work, clock=office.clock)
    with qtbot.waitSignal(task.succeeded, timeout=5000) as blocker:
        pass
    names, year = blocker.args[0]
    assert names == [d.name for d in office.departments.list()] and year == 2026


def test_a_task_runs_only_once(qtbot):
    task = run_task(lambda progress, is_cancelled: None)
    with pytest.raises(RuntimeError):
        task.start()
    with qtbot.waitSignal(task.finished, timeout=5000):
        pass
