using Itou.Export.Docx.Styling;
using Itou.Export.Tests.Pdf.Support;
using Itou.Export.Tests.Support;
using M = DocumentFormat.OpenXml.Math;

namespace Itou.Export.Tests.Docx;

/// <summary>Formulas in Word: Office Math built from the parsed tree, valid, converted by LibreOffice and read back by pandoc.</summary>
public sealed class DocxFormulaTests
{
    private const string Page = """
        La puissance vaut $$P = \frac{U^2}{R}$$ : environ 880 W.

        $$
        s = \sqrt{\frac{1}{N-1} \sum_{i=1}^N (x_i - \overline{x})^2}
        $$

        $$\left( \begin{pmatrix} a & b \\ c & d \end{pmatrix} \right) \leq \int_0^\infty e^{-x}\,dx \times \pi$$

        Hors d'usage : $$\color{red}{x}$$.
        """;

    [Fact]
    public void Formulas_are_office_math_built_from_the_tree()
    {
        using var doc = DocxTestDocument.GitBookBrief(Page);
        var body = doc.Body;
        Assert.Equal(2, body.Descendants<M.Paragraph>().Count());
        Assert.Equal(3, body.Descendants<M.OfficeMath>().Count());
        var inline = body.Descendants<M.OfficeMath>().First(math => math.Parent is DocumentFormat.OpenXml.Wordprocessing.Paragraph);
        var fraction = Assert.Single(inline.Descendants<M.Fraction>());
        Assert.Equal("U2", fraction.Numerator!.InnerText);
        Assert.Equal("R", fraction.Denominator!.InnerText);
        var sum = body.Descendants<M.Nary>().First(n => n.NaryProperties?.GetFirstChild<M.AccentChar>()?.Val == "∑");
        Assert.Equal(M.LimitLocationValues.UnderOver, sum.NaryProperties!.GetFirstChild<M.LimitLocation>()!.Val!.Value);
        Assert.Equal("i=1", sum.GetFirstChild<M.SubArgument>()!.InnerText);
        // (x_i − x̄)² is one delimiter with its exponent, as Word writes it.
        var operand = sum.GetFirstChild<M.Base>()!.GetFirstChild<M.Superscript>()!;
        Assert.Equal("(", operand.Base!.GetFirstChild<M.Delimiter>()!.DelimiterProperties!.GetFirstChild<M.BeginChar>()!.Val);
        Assert.Single(body.Descendants<M.Radical>());
        Assert.Single(body.Descendants<M.Bar>());
        Assert.Equal(2, body.Descendants<M.MatrixRow>().Count());
        Assert.Contains(body.Descendants<M.Delimiter>(), d => d.DelimiterProperties?.GetFirstChild<M.BeginChar>()?.Val == "(");
        Assert.DoesNotContain("\\frac", body.InnerText, StringComparison.Ordinal);
        Assert.Empty(doc.ValidationErrors());
    }

    [Fact]
    public void An_unsupported_formula_is_its_source_in_the_code_style()
    {
        using var doc = DocxTestDocument.GitBookBrief(Page);
        var code = doc.Body.Descendants<DocumentFormat.OpenXml.Wordprocessing.Run>()
            .Single(run => run.RunProperties?.RunStyle?.Val?.Value == StyleIds.VerbatimChar);
        Assert.Equal("\\color{red}{x}", code.InnerText);
    }

    [Fact]
    public void Pandoc_reads_the_formulas_back_as_tex()
    {
        using var doc = DocxTestDocument.GitBookBrief(Page);
        var (code, latex) = ExternalTool.RunOnFile(doc.Bytes.ToArray(), "pandoc", "-f", "docx", "-t", "latex", "{file}");
        Assert.True(code == 0, latex);
        var flat = latex.Replace(" ", "", StringComparison.Ordinal);
        TestContext.Current.TestOutputHelper?.WriteLine(latex);
        Assert.Contains(@"P=\frac{U^{2}}{R}", flat, StringComparison.Ordinal);
        Assert.Contains(@"\sum_{i=1}^{N}", flat, StringComparison.Ordinal);
        Assert.Contains(@"\sqrt{", flat, StringComparison.Ordinal);
        Assert.Contains(@"\overline{x}", flat, StringComparison.Ordinal);
        Assert.Contains(@"\begin{pmatrix}", flat, StringComparison.Ordinal);
        Assert.Contains(@"\int_{0}^{\infty}", flat, StringComparison.Ordinal);
    }

    [Fact]
    public void LibreOffice_converts_the_formulas()
    {
        using var doc = DocxTestDocument.GitBookBrief(Page);
        using var temp = new TempSpace();
        var docxPath = Path.Combine(temp.Parent, "formulas.docx");
        File.WriteAllBytes(docxPath, doc.Bytes.ToArray());
        var (code, log) = ExternalTool.RunOrSkip("soffice", $"-env:UserInstallation=file://{temp.Parent}/lo", "--headless", "--convert-to", "pdf", "--outdir", temp.Parent, docxPath);
        Assert.True(code == 0, log);
        var text = string.Concat(PdfTools.TextPages(Path.Combine(temp.Parent, "formulas.pdf")));
        TestContext.Current.TestOutputHelper?.WriteLine(text);
        Assert.Contains("∑", text, StringComparison.Ordinal);
        Assert.Contains("π", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\\frac", text, StringComparison.Ordinal);
        Assert.DoesNotContain("¿", text, StringComparison.Ordinal); // LibreOffice's mark for a formula it could not read
    }
}
