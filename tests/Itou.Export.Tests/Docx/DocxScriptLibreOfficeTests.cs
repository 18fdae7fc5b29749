using Itou.Export.Docx;
using Itou.Export.Publishing;
using Itou.Export.Tests.Pdf.Support;
using Itou.Export.Tests.Support;
using Itou.Export.Theming;

namespace Itou.Export.Tests.Docx;

/// <summary>
/// A real client reads the script marks (issue 13 §7): LibreOffice converts a Chinese and an Arabic
/// DOCX to PDF, and every word of its text layer has ink under it (fonts of the right script were found).
/// </summary>
public sealed class DocxScriptLibreOfficeTests
{
    [Theory]
    [InlineData("zh", "# 共同工作坊\n\n欢迎来到共同工作坊！我们每周六下午开放，志愿者会教你修理自行车、烤面包机和台灯。\n\n- 请带上需要修理的物品。\n- 工具和零件由工作坊提供，费用自愿。\n")]
    [InlineData("ar", "# الورشة المشتركة\n\nمرحبا بكم في الورشة المشتركة! نفتح أبوابنا كل يوم سبت بعد الظهر، ويساعدكم المتطوعون على إصلاح الدراجات والمحامص والمصابيح.\n\n- أحضروا ما تريدون إصلاحه.\n- الأدوات وقطع الغيار متوفرة في الورشة.\n")]
    public async Task Libreoffice_draws_every_word_of_a_chinese_and_an_arabic_document(string name, string markdown)
    {
        using var temp = new TempSpace();
        temp.Write("README.md", markdown);
        var space = await temp.LoadAsync();
        var docxPath = Path.Combine(temp.Parent, name + ".docx");
        await using (var output = File.Create(docxPath))
            await DocxExporter.ExportAsync(space, ExportSelection.Page("README.md"), Theme.Default, output, cancellationToken: TestContext.Current.CancellationToken);

        var (code, log) = ExternalTool.RunOrSkip("soffice", $"-env:UserInstallation=file://{temp.Parent}/lo", "--headless", "--convert-to", "pdf", "--outdir", temp.Parent, docxPath);
        Assert.True(code == 0, log);
        var (blank, words) = InkCheck.BlankWords(Path.Combine(temp.Parent, name + ".pdf"));

        Assert.True(words >= 8, $"only {words} words in LibreOffice's text layer");
        Assert.True(blank.Count == 0, $"{blank.Count} of {words} words drawn blank: {string.Join(" ", blank)}");
    }
}
