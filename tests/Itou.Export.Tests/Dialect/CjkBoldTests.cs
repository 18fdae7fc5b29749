using DocumentFormat.OpenXml.Wordprocessing;
using Itou.Export.Tests.Support;
using Itou.Export.Theming;

namespace Itou.Export.Tests.Dialect;

/// <summary><c>**…**</c> next to CJK punctuation is printed bold, without its stars (issue 14 §7).</summary>
public sealed class CjkBoldTests
{
    [Fact]
    public async Task Bold_next_to_CJK_punctuation_is_bold_in_both_writers()
    {
        using var temp = new TempSpace().Write("README.md", "# 说明\n\n请注意**“登录”**之后再操作。**注意：**请先保存。\n");
        using var both = await BothWriters.ExportAsync(temp, Theme.Default with { Language = "zh-CN" });
        Assert.DoesNotContain("**", both.PdfText, StringComparison.Ordinal);
        Assert.Contains("“登录”", both.PdfText, StringComparison.Ordinal);
        Assert.DoesNotContain("**", both.DocxText, StringComparison.Ordinal);
        var bold = both.Package.MainDocumentPart!.Document!.Body!.Descendants<Run>()
            .Where(run => run.RunProperties?.Bold is not null).Select(run => run.InnerText).ToList();
        Assert.Contains("“登录”", bold);
        Assert.Contains("注意：", bold);
    }
}
