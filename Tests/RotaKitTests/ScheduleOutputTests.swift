import RotaKit
import Testing

/// Every output of `plan` and `whatif` carries the warnings `rota check` gives, in check's words.
@Suite("Schedule outputs with check's warnings")
struct ScheduleOutputTests {
    static func seedOutput() throws -> ScheduleOutput {
        try ScheduleOutput(schedule: SeedFixtures.seedPlan(), scenario: SeedFixtures.seed())
    }

    @Test("the seed plan has check's four warnings")
    func warnings() throws {
        let output = try Self.seedOutput()
        let check = try Checker.check(schedule: SeedFixtures.seedPlan(), scenario: SeedFixtures.seed())
        #expect(output.warnings.warnings == check.warnings)
        #expect(output.warnings.warnings.map(\.rule) == [.ownership, .investorHolidayCover, .investorHolidayCover, .investorConcentration])
    }

    @Test("the terminal view ends with check's Warnings section, word for word")
    func table() throws {
        let output = try Self.seedOutput()
        let text = try output.rendered(as: .table)
        let expected = "\nWarnings (do not fail the check)\n" + output.warnings.warnings.map { "  \($0.line)\n" }.joined()
        #expect(text == output.schedule.table() + expected)
    }

    @Test("JSON: a warnings array like check's, after the solver; the schedule reader reads past it")
    func json() throws {
        let output = try Self.seedOutput()
        let text = try output.rendered(as: .json)
        #expect(text.contains("\"warnings\": [\n    {\n      \"rule\": \"ownership\",\n      \"message\": \"investor-pipeline primary counts"))
        #expect(text.hasPrefix(String(output.schedule.json().dropLast(3))))
        let read = try ScheduleReader.readJSON(text, file: "plan.json")
        #expect(read.json() == output.schedule.json())
    }

    @Test("without warnings (or without a scenario) the JSON keeps the v1 bytes")
    func jsonWithoutWarnings() throws {
        let plan = try SeedFixtures.seedPlan()
        #expect(try plan.rendered(as: .json) == plan.json())
        var calm = try SeedFixtures.seed()
        for index in calm.pipelines.indices { calm.pipelines[index].investors = false }
        var owners = try SeedFixtures.seedPlan()
        for index in owners.pipelines.indices { owners.pipelines[index].investors = false }
        let output = ScheduleOutput(schedule: owners, scenario: calm)
        #expect(output.warnings.isEmpty)
        #expect(try output.rendered(as: .json) == owners.json())
    }

    @Test("CSV and iCalendar stay data: the warnings are for standard error", arguments: [OutputFormat.csv, .ics])
    func dataFormats(format: OutputFormat) throws {
        let output = try Self.seedOutput()
        let text = try output.rendered(as: format)
        #expect(!text.contains("investor-concentration"))
        #expect(output.warningsOutside(format) == output.warnings.warnings.map { "rota: warning: \($0.line)" })
    }

    @Test("the readable formats carry the warnings themselves", arguments: [OutputFormat.table, .json, .md])
    func readableFormats(format: OutputFormat) throws {
        let output = try Self.seedOutput()
        #expect(output.warningsOutside(format).isEmpty)
        #expect(try output.rendered(as: format).contains("Bob is the primary owner of 2 of the 3 investor pipelines"))
    }

    @Test("a report shows the same warnings in its table and JSON, only with a scenario")
    func report() throws {
        let with = try ScheduleReport(schedule: SeedFixtures.seedPlan(), scenario: SeedFixtures.seed())
        let without = try ScheduleReport(schedule: SeedFixtures.seedPlan())
        #expect(with.table().hasSuffix(CheckWarnings(with.warnings).tableSection))
        #expect(with.table().contains("\nWarnings (do not fail the check)\n  ownership: "))
        #expect(with.json().contains("\"warnings\": ["))
        #expect(!without.table().contains("Warnings"))
        #expect(!without.json().contains("\"warnings\""))
    }
}
