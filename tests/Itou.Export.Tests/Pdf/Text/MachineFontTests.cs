using Itou.Export.Pdf.Text;
using Itou.Export.Publishing;
using Itou.Export.Theming;

namespace Itou.Export.Tests.Pdf.Text;

/// <summary>The machine's fonts, last in the chain: chosen by coverage, then style, then path; named once; off means never read.</summary>
public sealed class MachineFontTests : IDisposable
{
    // Tamil: no bundled font draws it. Debian's fonts-noto-core has a TrueType Noto Sans Tamil.
    private const string Tamil = "த";
    private const string TamilFonts = "/usr/share/fonts/truetype/noto";
    private static readonly TextStyle Body = new();
    private readonly string folder = Directory.CreateTempSubdirectory("itou-fonts-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private string Install(string file, string subfolder)
    {
        var source = Path.Combine(TamilFonts, file);
        if (!File.Exists(source))
            Assert.Skip($"{source} is not installed (apt-get install fonts-noto-core): machine font tests skipped.");
        var target = Path.Combine(folder, subfolder, file);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.Copy(source, target);
        return target;
    }

    [Fact]
    public void A_character_no_bundled_font_draws_comes_from_a_machine_font_named_once_as_information()
    {
        var installed = Install("NotoSansTamil-Regular.ttf", "noto");
        var diagnostics = new DiagnosticBag();
        using var fonts = new FontLibrary(null, diagnostics, new SystemFonts([folder]));
        var missing = new List<string>();

        Assert.Equal(installed, fonts.FaceFor(Body, Tamil, missing.Add).Name);
        Assert.Equal(installed, fonts.FaceFor(Body, "ம", missing.Add).Name);
        fonts.ReportMachineFonts(diagnostics, "tamoul.md", 3);
        fonts.ReportMachineFonts(diagnostics, "tamoul.md", 9);

        Assert.Empty(missing);
        var information = Assert.Single(diagnostics.Items);
        Assert.Equal((DiagnosticCodes.PdfFontMachine, "tamoul.md", 3, DiagnosticSeverity.Info), (information.Code, information.File, information.Line, information.Severity));
        Assert.Contains(installed, information.Message, StringComparison.Ordinal);
        Assert.Contains("Tamil", information.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_the_machine_fonts_the_character_is_reported_missing()
    {
        Install("NotoSansTamil-Regular.ttf", "noto");
        using var fonts = new FontLibrary(null, new DiagnosticBag(), machine: null);
        var missing = new List<string>();

        Assert.Equal("NotoSans-Regular.ttf", fonts.FaceFor(Body, Tamil, missing.Add).Name);

        Assert.Contains("U+0BA4", Assert.Single(missing), StringComparison.Ordinal);
    }

    [Fact]
    public void The_style_match_wins_over_path_order_and_path_order_decides_the_rest()
    {
        var bold = Install("NotoSansTamil-Bold.ttf", "a");
        var regular = Install("NotoSansTamil-Regular.ttf", "b");
        Install("NotoSansTamil-Regular.ttf", "c");
        using var fonts = new FontLibrary(null, new DiagnosticBag(), new SystemFonts([folder]));

        Assert.Equal(regular, fonts.FaceFor(Body, Tamil, _ => { }).Name);
        Assert.Equal(bold, fonts.FaceFor(Body with { Bold = true }, Tamil, _ => { }).Name);
    }

    [Fact]
    public void The_theme_fallback_fonts_come_before_the_machine_fonts()
    {
        var theirs = Install("NotoSansTamil-Regular.ttf", "theme");
        Install("NotoSansTamil-Regular.ttf", "machine");
        using var fonts = new FontLibrary(new ThemeFonts { Fallback = [theirs] }, new DiagnosticBag(), new SystemFonts([Path.Combine(folder, "machine")]));

        Assert.Equal(theirs, fonts.FaceFor(Body, Tamil, _ => { }).Name);
    }

}
