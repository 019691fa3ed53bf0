// Browser and weapp tests wait for states with `eventually` (a 15 s deadline per state); the test
// itself only needs a limit that catches a hang. A tight per-test limit would be a speed target in
// disguise: on a loaded 2-core machine a healthy test can take minutes, and must still pass.
jest.setTimeout(300_000)
