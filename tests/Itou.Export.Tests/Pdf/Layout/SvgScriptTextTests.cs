using System.Text;
using Itou.Export.Pdf.Layout;
using Itou.Export.Tests.Pdf.Support;

namespace Itou.Export.Tests.Pdf.Layout;

/// <summary>
/// Text inside SVG pictures is drawn by the bundled font chain (Svg.Skia's typeface provider,
/// <c>SvgTypefaces</c>): a Chinese, Arabic, Devanagari or Thai label has ink under every word.
/// </summary>
public sealed class SvgScriptTextTests
{
    [Theory]
    [InlineData("共同工作坊 每周六开放")]
    [InlineData("الورشة المشتركة")]
    [InlineData("सामुदायिक कार्यशाला")]
    [InlineData("โรงซ่อม ชุมชน")]
    [InlineData("공동 작업장")]
    public void A_label_of_each_script_inside_an_svg_is_drawn(string label)
    {
        var svg = $"""<svg xmlns="http://www.w3.org/2000/svg" width="300" height="60"><text x="10" y="40" font-family="Marianne" font-size="24">{label}</text></svg>""";
        using var source = ImageSource.Load(Encoding.UTF8.GetBytes(svg))!;
        var path = Path.Combine(Directory.CreateTempSubdirectory("itou-svg-").FullName, "svg.pdf");
        File.WriteAllBytes(path, SampleDocuments.Write(new Image(source)));

        var (blank, words) = InkCheck.BlankWords(path, pages: 1);

        Assert.True(words >= 1, "no word in the text layer");
        Assert.True(blank.Count == 0, $"{blank.Count} of {words} words drawn blank: {string.Join(" ", blank)}");
        Directory.Delete(Path.GetDirectoryName(path)!, recursive: true);
    }
}
