// How Preflight's build checks this example after both runs (maven-invoker-plugin); not needed in your copy.
// The reports are the second run's: the same four checks, and only coverage failed, for the reason the data has.
def report = new File(basedir, 'target/surefire-reports/TEST-com.example.dq.Phase3SuiteTest.xml')
assert report.isFile() : "no Surefire report at ${report}"
def suite = new groovy.xml.XmlSlurper().parse(report)
def names = suite.testcase*.@name*.text()
assert names == ['player_game_summary › coverage: coverage >= 99.0%',
                 'player_game_summary › duplicates: duplicate rows on (game_id, player_lookup) <= 0',
                 'player_game_summary › row_count: rows >= 1',
                 'player_game_summary › null_rate(points): points null <= 5.0%'] : names
def failed = suite.testcase.findAll { it.failure.size() > 0 }
assert failed*.@name*.text() == ['player_game_summary › coverage: coverage >= 99.0%'] : failed*.@name*.text()
def message = failed[0].failure.@message.text()
assert message.contains('97 of 100') || message.contains('97/100') || message.contains('97.0%') : message
// the failure's stack trace is the check's line in the suite, not the engine's frames
assert failed[0].failure.text().contains('at ✽.player_game_summary › coverage(suites/phase3.yaml:24)') : failed[0].failure.text()
// JUnit's Open Test Reporting keeps what Surefire's report drops: the warning of the NULL-rate check
def open = new File(basedir, 'target/open-test-report.xml')
assert open.isFile() : "no Open Test Reporting file at ${open}"
assert open.text.contains('<entry key="preflight.outcome">WARNED</entry>') : 'no WARNED outcome in open-test-report.xml'
def log = new File(basedir, 'build.log').text
assert log.contains('Tests run: 4, Failures: 1, Errors: 0, Skipped: 0') : 'unexpected test counts in build.log'
true
