using System.Text.Json;
using System.Text.RegularExpressions;
using Itou.Export.Tests.Support;

namespace Itou.Export.Tests.Cli;

/// <summary>The command line as a user meets it: exit codes, messages, output files.</summary>
public sealed partial class CliTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("itou-cli-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private Task<CliRun> Run(params string[] args) => CliProcess.RunAsync(folder, args);

    [Fact]
    public async Task Help_lists_the_commands_examples_and_exit_codes()
    {
        var run = await Run("--help");
        run.AssertExit(0);
        foreach (var expected in new[] { "pdf", "docx", "check", "toc", "Examples:", "Exit codes:", "3  not found" })
            Assert.Contains(expected, run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_command_help_shows_its_own_examples()
    {
        var run = await Run("check", "--help");
        run.AssertExit(0);
        Assert.Contains("itou-export check samples/space --strict", run.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new string[0], "Required command")]
    [InlineData(new[] { "toc", TestSpace, "--colour" }, "--colour")]
    [InlineData(new[] { "toc" }, "Required argument missing")]
    [InlineData(new[] { "toc", TestSpace, "--page", "a.md", "--section", "b" }, "cannot be used together")]
    public async Task A_usage_error_exits_2_with_a_hint_to_help(string[] args, string expected)
    {
        var run = await Run([.. args.Select(a => a == TestSpace ? TestPaths.SampleSpace : a)]);
        run.AssertExit(2, expected, "--help");
    }

    private const string TestSpace = "<sample>";

    [Fact]
    public async Task A_missing_space_exits_3_with_one_line_and_no_stack_trace()
    {
        var run = await Run("check", "no-such-space");
        run.AssertExit(3);
        Assert.Equal("itou-export: error: space folder not found: no-such-space", run.Error.Trim());
    }

    [Fact]
    public async Task Verbose_adds_the_stack_trace()
    {
        var run = await Run("check", "no-such-space", "--verbose");
        run.AssertExit(3, " at ");
    }

    [Fact]
    public async Task A_bad_theme_exits_2_naming_the_field_and_what_was_expected()
    {
        var theme = Path.Combine(folder, "theme.json");
        await File.WriteAllTextAsync(theme, """{ "colors": { "primary": "navy" }, "pageSize": "A5" }""", TestContext.Current.CancellationToken);
        var run = await Run("check", TestPaths.SampleSpace, "--theme", theme);
        run.AssertExit(2, "colors.primary: expected a colour as \"#RRGGBB\"", "pageSize: expected \"A4\" or \"Letter\"");
        Assert.DoesNotContain(" at ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_theme_exits_3()
    {
        var run = await Run("check", TestPaths.SampleSpace, "--theme", "nope.json");
        run.AssertExit(3, "nope.json");
    }

    [Fact]
    public async Task An_unknown_page_exits_3_listing_near_matches()
    {
        var run = await Run("toc", TestPaths.SampleSpace, "--page", "premier pas");
        run.AssertExit(3, "No page matches 'premier pas'", "Nearest matches:", "  Premiers pas");
    }

    [Fact]
    public async Task Toc_prints_the_tree_and_the_orphans()
    {
        var run = await Run("toc", TestPaths.SampleSpace);
        run.AssertExit(0);
        Assert.Contains("│  │  ├─ Réparer un vélo  (ateliers/reparer-un-velo.md)", run.Output, StringComparison.Ordinal);
        Assert.Contains("Site de la ville → https://www.example.org/", run.Output, StringComparison.Ordinal);
        Assert.Contains("Not in the table of contents:\n  brouillon.md", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Toc_of_a_section_prints_what_its_export_holds()
    {
        var run = await Run("toc", TestPaths.SampleSpace, "--section", "ateliers/README.md");
        run.AssertExit(0);
        Assert.Contains("Fiche sécurité  (ateliers/fiche-securite.md)", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("premiers-pas.md", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_prints_each_diagnostic_as_file_line_code_message()
    {
        var run = await Run("check", TestPaths.SampleSpace);
        run.AssertExit(0);
        var lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.NotEmpty(lines);
        Assert.All(lines, line => Assert.Matches(DiagnosticLine(), line));
        // The sample space keeps a broken-reference link and an orphan page on purpose.
        Assert.Contains(lines, line => line.Contains("fiche-securite.md:", StringComparison.Ordinal) && line.Contains("LINK-BROKEN-REFERENCE", StringComparison.Ordinal));
        Assert.Contains(lines, line => line.Contains("brouillon.md:", StringComparison.Ordinal) && line.Contains("SPACE-ORPHAN", StringComparison.Ordinal));
        Assert.Contains($"{lines.Length} diagnostics", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("pdf", "--verbose")]
    [InlineData("check")]
    public async Task A_character_no_font_draws_is_reported_with_its_file_and_line(string command, params string[] more)
    {
        var space = Directory.CreateDirectory(Path.Combine(folder, "space")).FullName;
        await File.WriteAllTextAsync(Path.Combine(space, "SUMMARY.md"), "# Summary\n\n* [Privé](prive.md)\n", TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(Path.Combine(space, "prive.md"), "# Privé\n\nUn caractère d'usage privé : \uE000.\n", TestContext.Current.CancellationToken);

        var run = await Run([command, "space", "--no-system-fonts", .. more]);

        run.AssertExit(0);
        Assert.Contains("space/prive.md:3: PDF-GLYPH-MISSING:", run.Output, StringComparison.Ordinal);
        Assert.Contains("U+E000", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_paths_are_relative_to_the_current_folder_so_editors_open_them()
    {
        var run = await CliProcess.RunAsync(TestPaths.RepoRoot, "check", "samples/space");
        var file = run.Output.Split('\n')[0].Split(':')[0];
        Assert.StartsWith("samples/space/", file, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(TestPaths.RepoRoot, file)), file);
    }

    [Fact]
    public async Task Strict_check_exits_1_when_there_are_diagnostics()
    {
        var run = await Run("check", TestPaths.SampleSpace, "--strict");
        run.AssertExit(1);
    }

    [Fact]
    public async Task Strict_check_exits_0_on_a_clean_space()
    {
        var space = Directory.CreateDirectory(Path.Combine(folder, "clean")).FullName;
        await File.WriteAllTextAsync(Path.Combine(space, "README.md"), "# Accueil\n\nVoir [la suite](suite.md).\n", TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(Path.Combine(space, "suite.md"), "# Suite\n\nFin.\n", TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(Path.Combine(space, "SUMMARY.md"), "# Table of contents\n\n* [Accueil](README.md)\n* [Suite](suite.md)\n", TestContext.Current.CancellationToken);
        var run = await Run("check", space, "--strict");
        run.AssertExit(0);
        Assert.Equal("", run.Output);
    }

    [Fact]
    public async Task Quiet_prints_no_summary()
    {
        var run = await Run("check", TestPaths.SampleSpace, "--quiet");
        Assert.Equal("", run.Error);
    }

    [Fact]
    public async Task Check_writes_a_json_report()
    {
        var report = Path.Combine(folder, "check.json");
        var run = await Run("check", TestPaths.SampleSpace, "--report", report);
        run.AssertExit(0);
        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(report, TestContext.Current.CancellationToken));
        var root = json.RootElement;
        Assert.Equal("check", root.GetProperty("command").GetString());
        Assert.True(root.GetProperty("pages").GetInt32() >= 10);
        Assert.Equal(1, root.GetProperty("diagnosticsByCode").GetProperty("SPACE-ORPHAN").GetInt32());
        Assert.Equal(root.GetProperty("diagnosticCount").GetInt32(), root.GetProperty("diagnostics").GetArrayLength());
        Assert.Empty(Directory.GetFiles(folder, "*.tmp"));
    }

    [GeneratedRegex(@"^[^:]+:\d+: [A-Z][A-Z0-9-]+: .+$")]
    private static partial Regex DiagnosticLine();
}
