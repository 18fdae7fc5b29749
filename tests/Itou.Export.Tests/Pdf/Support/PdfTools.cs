using Itou.Export.Tests.Support;

namespace Itou.Export.Tests.Pdf.Support;

/// <summary>Runs poppler and qpdf, the real PDF clients; skips the test when they are not installed.</summary>
internal static class PdfTools
{
    /// <summary>The text of the PDF at <paramref name="path"/>, page by page (pdftotext, UTF-8).</summary>
    public static IReadOnlyList<string> TextPages(string path)
    {
        var (_, output, _) = ExternalTool.Run("pdftotext", "-enc", "UTF-8", path, "-");
        return output.Split('\f');
    }

    /// <summary>qpdf --check: its exit code and what it printed.</summary>
    public static (int ExitCode, string Output) QpdfCheck(string path)
    {
        var (code, output, error) = ExternalTool.Run("qpdf", "--check", path);
        return (code, output + error);
    }

    /// <summary>pdfimages -list: one line per image drawn.</summary>
    public static IReadOnlyList<string> Images(string path)
    {
        var (_, output, _) = ExternalTool.Run("pdfimages", "-list", path);
        return [.. output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(2)];
    }
}
