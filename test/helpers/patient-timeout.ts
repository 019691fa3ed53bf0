// Browser and weapp tests wait for states with `eventually` (a 15 s deadline per state); the test
// itself only needs a limit that catches a hang. Node tests too: those that start child processes
// (the staff command, kill -9 durability, the function runner) took over 30 s on a loaded machine
// (staff-command.test.ts did so in a CI run beside the soak) and were healthy all the same. A tight
// per-test limit would be a speed target in disguise: on a loaded 2-core machine a healthy test can
// take minutes, and must still pass.
jest.setTimeout(300_000)
