using System.Diagnostics;

namespace Itou.Export.Tests.Pdf.Support;

/// <summary>Runs poppler and qpdf, the real PDF clients; skips the test when they are not installed.</summary>
internal static class PdfTools
{
    /// <summary>The text of the PDF at <paramref name="path"/>, page by page (pdftotext, UTF-8).</summary>
    public static IReadOnlyList<string> TextPages(string path)
    {
        var (_, output, _) = Run("pdftotext", "-enc", "UTF-8", path, "-");
        return output.Split('\f');
    }

    /// <summary>qpdf --check: its exit code and what it printed.</summary>
    public static (int ExitCode, string Output) QpdfCheck(string path)
    {
        var (code, output, error) = Run("qpdf", "--check", path);
        return (code, output + error);
    }

    /// <summary>pdfimages -list: one line per image drawn.</summary>
    public static IReadOnlyList<string> Images(string path)
    {
        var (_, output, _) = Run("pdfimages", "-list", path);
        return [.. output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(2)];
    }

    private static (int ExitCode, string Output, string Error) Run(string tool, params string[] arguments)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            Assert.Skip($"{tool} is not installed (apt-get install -y poppler-utils qpdf).");
            throw;
        }
        using (process)
        {
            var error = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return (process.ExitCode, output, error.Result);
        }
    }
}
