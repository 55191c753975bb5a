import t from "tap";
import { jsonNestingOver } from "../../packages/control-plane/src/http/body.js";

t.test("jsonNestingOver counts brackets outside strings, iteratively", async (t) => {
  t.equal(jsonNestingOver("{}", 1), false);
  t.equal(jsonNestingOver("[[]]", 1), true);
  t.equal(jsonNestingOver('{"a":[1,{"b":2}]}', 3), false);
  t.equal(jsonNestingOver('{"a":[1,{"b":2}]}', 2), true);
  t.equal(jsonNestingOver('{"a":"[[[[{{{{"}', 1), false, "brackets in strings do not count");
  t.equal(jsonNestingOver('{"a":"\\"[[[["}', 1), false, "an escaped quote does not end the string");
  t.equal(jsonNestingOver('{"a":"\\\\"}', 1), false, "an escaped backslash does not escape the quote");
  t.equal(jsonNestingOver("[".repeat(1_000_000), 32), true, "a million levels: no stack used");
  t.equal(jsonNestingOver("[]".repeat(1_000_000), 1), false, "siblings are not nesting");
});
