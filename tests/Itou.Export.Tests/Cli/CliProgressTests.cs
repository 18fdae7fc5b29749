using System.Text.RegularExpressions;
using Itou.Export.Tests.Support;

namespace Itou.Export.Tests.Cli;

/// <summary>Progress as the CLI prints it when standard error is not a terminal (CI logs, files): plain lines, a few per phase.</summary>
public sealed partial class CliProgressTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("itou-cli-progress-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public async Task A_redirected_pdf_export_prints_each_quarter_of_each_phase_on_its_own_line()
    {
        var run = await CliProcess.RunAsync(folder, "pdf", TestPaths.SampleSpace, "-o", "sample.pdf");

        run.AssertExit(0);
        Assert.DoesNotContain('\r', run.Error);
        Assert.DoesNotContain('\u001b', run.Error);
        string[] quarters = ["5/20", "10/20", "15/20", "20/20"];
        Assert.Equal([.. new[] { "composing", "measuring", "drawing" }.SelectMany(phase => quarters.Select(done => $"  {phase}: {done} pages"))], ProgressLines(run.Error));
    }

    [Fact]
    public async Task A_redirected_brief_prints_its_one_page_once_and_quiet_prints_none()
    {
        var run = await CliProcess.RunAsync(folder, "docx", TestPaths.SampleSpace, "--page", "Premiers pas", "-o", "brief.docx");
        var quiet = await CliProcess.RunAsync(folder, "docx", TestPaths.SampleSpace, "--page", "Premiers pas", "-o", "brief.docx", "--quiet");

        run.AssertExit(0, "[2/3] writing 1 page to DOCX");
        Assert.Equal(["  writing: 1/1 pages"], ProgressLines(run.Error));
        quiet.AssertExit(0);
        Assert.Equal("", quiet.Error);
    }

    private static string[] ProgressLines(string error) => [.. error.Split('\n').Select(line => line.TrimEnd()).Where(line => ProgressLine().IsMatch(line))];

    [GeneratedRegex(@"^  [a-z ]+: \d+/\d+ (pages|images)$")]
    private static partial Regex ProgressLine();
}
