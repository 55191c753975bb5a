// The instance state machine (SPEC §4) as a pure function: which operation may start where, and
// what a result leads to, failures included.
import t from "tap";
import { agentv1, CommandStatus, ContainerStatus } from "@remotegpu/protocol";
import { canIssue, outcome, stateWhileRunning } from "../../packages/control-plane/src/domain/instance-state.js";

const ctx = (stateBefore: "Creating" | "Running" | "Stopped" | "Stopping" | "Starting" | "Destroying", wasCardLess: boolean, prepaid = false) => ({
  stateBefore,
  wasCardLess,
  prepaid,
});
const ok = (status?: number) => agentv1.CommandResult.create({ status: CommandStatus.COMMAND_STATUS_SUCCEEDED, ...(status ? { state: { status } } : {}) });
const failed = (errorCode: string, status?: number) =>
  agentv1.CommandResult.create({
    status: CommandStatus.COMMAND_STATUS_FAILED,
    errorCode,
    errorMessage: "boom",
    ...(status !== undefined ? { state: { status } } : {}),
  });

t.test("operations start only from their states and never while another runs", async (t) => {
  t.same(canIssue("stop", "Running", false), { ok: true });
  t.match(canIssue("stop", "Stopped", false), { ok: false, reason: /not possible while the instance is Stopped/ });
  t.match(canIssue("stop", "Running", true), { ok: false, reason: /another operation/ });
  t.same(canIssue("start", "Error", false), { ok: true }, "an instance in Error can be started again");
  t.match(canIssue("destroy", "Running", false), { ok: false }, "destroy needs a stopped instance");
  t.same(canIssue("snapshot", "Stopped", false), { ok: true });
  t.equal(stateWhileRunning("snapshot", "Stopped"), "Stopped", "snapshot keeps the state");
  t.equal(stateWhileRunning("stop_cardless", "Running"), "Stopping");
});

t.test("successful results", async (t) => {
  t.same(outcome("stop_cardless", ok(), ctx("Stopping", false)), { state: "Stopped", cardLess: true, releaseGpus: true, error: null });
  t.same(outcome("cardless_start", ok(), ctx("Starting", false)), { state: "Running", cardLess: true, releaseGpus: true, error: null });
  t.same(outcome("start", ok(), ctx("Starting", true)), { state: "Running", cardLess: false, releaseGpus: false, error: null });
  t.same(outcome("destroy", ok(), ctx("Destroying", false)), { state: "Destroyed", releaseGpus: true, error: null });
  t.same(outcome("snapshot", ok(), ctx("Running", false)), { state: "Running", releaseGpus: false, error: null });
});

t.test("failed results keep what the container reports, or the state before", async (t) => {
  const stopFail = outcome("stop", failed("RUNTIME_ERROR", ContainerStatus.CONTAINER_STATUS_RUNNING), ctx("Running", false));
  t.same(stopFail, { state: "Running", releaseGpus: false, error: "stop failed: RUNTIME_ERROR: boom" });
  t.equal(outcome("restart", failed("RUNTIME_UNAVAILABLE"), ctx("Running", false)).state, "Running", "no report: the state before");
  t.equal(outcome("create", failed("IMAGE_PULL_FAILED", ContainerStatus.CONTAINER_STATUS_MISSING), ctx("Creating", false)).state, "Error");
  t.equal(
    outcome("create", failed("RUNTIME_ERROR", ContainerStatus.CONTAINER_STATUS_RUNNING), ctx("Creating", false)).state,
    "Running",
    "the container runs after all",
  );
  t.equal(outcome("start", failed("NOT_FOUND", ContainerStatus.CONTAINER_STATUS_MISSING), ctx("Stopped", false)).state, "Error");
});

t.test("a failed start back to GPUs gives them up only when the container is known not to run", async (t) => {
  t.equal(outcome("start", failed("RUNTIME_ERROR", ContainerStatus.CONTAINER_STATUS_STOPPED), ctx("Stopped", true)).releaseGpus, true, "stopped: released");
  t.equal(
    outcome("start", failed("RUNTIME_ERROR", ContainerStatus.CONTAINER_STATUS_RUNNING), ctx("Stopped", true)).releaseGpus,
    false,
    "running with them: kept",
  );
  t.equal(outcome("start", failed("RUNTIME_UNAVAILABLE"), ctx("Stopped", true)).releaseGpus, false, "unknown: kept");
  t.equal(
    outcome("start", failed("RUNTIME_ERROR", ContainerStatus.CONTAINER_STATUS_UNSPECIFIED), ctx("Stopped", true)).releaseGpus,
    false,
    "unknown status: kept",
  );
  t.equal(
    outcome("start", failed("RUNTIME_ERROR", ContainerStatus.CONTAINER_STATUS_STOPPED), ctx("Stopped", false)).releaseGpus,
    false,
    "not card-less before: it kept its GPUs all along",
  );
});

t.test("prepaid instances keep their GPUs through card-less running and failed starts", async (t) => {
  t.same(
    outcome("cardless_start", ok(), ctx("Starting", false, true)),
    { state: "Running", cardLess: true, releaseGpus: false, error: null },
    "card-less start of a daily instance keeps its GPUs",
  );
  t.equal(outcome("start", failed("RUNTIME_ERROR", ContainerStatus.CONTAINER_STATUS_STOPPED), ctx("Stopped", true, true)).releaseGpus, false);
});

t.test("a create whose container is missing gives its GPUs up; one in an unknown state keeps them", async (t) => {
  t.equal(outcome("create", failed("IMAGE_PULL_FAILED", ContainerStatus.CONTAINER_STATUS_MISSING), ctx("Creating", false)).releaseGpus, true);
  t.equal(outcome("create", failed("RUNTIME_UNAVAILABLE"), ctx("Creating", false)).releaseGpus, false);
  t.equal(outcome("create", failed("RUNTIME_ERROR", ContainerStatus.CONTAINER_STATUS_RUNNING), ctx("Creating", false)).releaseGpus, false);
  t.equal(
    outcome("create", failed("RUNTIME_ERROR", ContainerStatus.CONTAINER_STATUS_STOPPED), ctx("Creating", false)).releaseGpus,
    true,
    "a container that exited at once holds no GPU",
  );
  t.equal(
    outcome("start", failed("NOT_FOUND", ContainerStatus.CONTAINER_STATUS_MISSING), ctx("Stopped", false, true)).releaseGpus,
    true,
    "a start whose container is gone",
  );
});
