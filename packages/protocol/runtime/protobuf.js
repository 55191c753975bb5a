// The protobufjs runtime used by the generated code in ../gen (pbjs --dependency points here).
//
// protobufjs decodes 64-bit integers to Long objects whenever the `long` package is installed
// (it always is: protobufjs depends on it). Our 64-bit fields are byte counts, millisecond
// timestamps, counters and sequence numbers, all far below 2^53, so we switch Long off before
// any generated code runs and every int64/uint64 decodes to a plain number.
// See docs/decisions/0002-int64.md.
import $protobuf from "protobufjs/minimal.js";

$protobuf.util.Long = null;
$protobuf.configure();

export default $protobuf;
