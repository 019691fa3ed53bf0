// Every test process: silence the SDK's "request longer than 3s" timer, which it leaves running
// when a request fails (the durability test kills the server mid-request) and which would log
// after the test has finished.
process.env.SILENCE = 'true'
