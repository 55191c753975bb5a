// What a remove_image command may remove (the shared contract): only customers' custom images.
import t from "tap";
import { removableImageRefProblem } from "@remotegpu/protocol";

t.test("only images of remotegpu-images/ are removable by command", async (t) => {
  t.equal(removableImageRefProblem("remotegpu-images/img-0123456789abcdef:latest"), undefined);
  for (const ref of [
    "ubuntu:22.04",
    "registry.example.com/cuda:12.4",
    "remotegpu-state/gpu-105abc:s3",
    "remotegpu-images/img-0123456789abcdef",
    "remotegpu-images/../etc:latest",
    "REMOTEGPU-IMAGES/x:latest",
    "",
  ]) {
    t.type(removableImageRefProblem(ref), "string", `${JSON.stringify(ref)} is refused`);
  }
});
