using System.Text;
using Itou.Export.Imaging;
using Itou.Export.Tests.Robustness;
using Svg.Skia;

namespace Itou.Export.Tests.Imaging;

public class SvgSanitizerTests
{
    private const long Pixels = 100_000_000;

    private static string Clean(string svg, out int removed) =>
        Encoding.UTF8.GetString(SvgSanitizer.Sanitize(Encoding.UTF8.GetBytes(svg), Pixels, out var refusal, out removed)
            ?? throw new InvalidOperationException("refused: " + refusal));

    private static string Svg(string body) => $"<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" width=\"10\" height=\"10\">{body}</svg>";

    [Fact]
    public void Every_way_out_is_removed_and_counted()
    {
        var clean = Clean(Encoding.UTF8.GetString(HostileFiles.Svg("file:///etc/passwd", "http://127.0.0.1:9")), out var removed);

        Assert.DoesNotContain("127.0.0.1", clean, StringComparison.Ordinal);
        Assert.DoesNotContain("file:", clean, StringComparison.Ordinal);
        Assert.DoesNotContain("@import", clean, StringComparison.Ordinal);
        Assert.Contains("fill: #36c", clean, StringComparison.Ordinal);
        Assert.Equal(8, removed); // stylesheet PI, @import, url(paint), 2 images, 2 uses… and the paint's url() in the attribute
    }

    [Fact]
    public void Fragments_and_small_embedded_rasters_are_kept()
    {
        var png = Convert.ToBase64String(HostileFiles.TinyPng);
        var clean = Clean(Svg($"<defs><g id=\"a\"><rect width=\"1\" height=\"1\"/></g></defs><use href=\"#a\"/><rect fill=\"url(#a)\" style=\"fill:url( '#a')\"/><image href=\"data:image/png;base64,{png}\"/>"), out var removed);

        Assert.Equal(0, removed);
        Assert.Contains("data:image/png;base64,", clean, StringComparison.Ordinal);
    }

    [Fact]
    public void An_embedded_svg_and_an_embedded_decompression_bomb_are_removed()
    {
        var nested = Convert.ToBase64String(HostileFiles.ExternalSvg);
        var bomb = Convert.ToBase64String(HostileFiles.PngHeader(50_000, 50_000));
        var clean = Clean(Svg($"<image href=\"data:image/svg+xml;base64,{nested}\"/><image href=\"data:image/png;base64,{bomb}\"/>"), out var removed);

        Assert.Equal(2, removed);
        Assert.DoesNotContain("data:", clean, StringComparison.Ordinal);
    }

    [Fact]
    public void A_use_that_reaches_itself_is_removed()
    {
        var clean = Clean(Svg("<g id=\"a\"><g id=\"b\"><use href=\"#a\"/></g></g><use xlink:href=\"#b\"/><use href=\"#c\"/><g id=\"c\"><use href=\"#d\"/></g><g id=\"d\"><use href=\"#c\"/></g>"), out var removed);

        Assert.Equal(3, removed); // the use inside #a pointing at #a, and the #c ↔ #d pair; uses from outside a cycle stay
        using var svg = new SKSvg();
        Assert.NotNull(svg.Load(new MemoryStream(Encoding.UTF8.GetBytes(clean))));
    }

    [Fact]
    public void A_use_bomb_is_refused()
    {
        var body = new StringBuilder("<g id=\"l0\"><rect width=\"1\" height=\"1\"/></g>");
        for (var level = 1; level <= 12; level++)
            body.Append($"<g id=\"l{level}\">").Append(string.Concat(Enumerable.Repeat($"<use href=\"#l{level - 1}\"/>", 10))).Append("</g>");

        var result = SvgSanitizer.Sanitize(Encoding.UTF8.GetBytes(Svg(body.ToString())), Pixels, out var refusal, out _);

        Assert.Null(result);
        Assert.Contains("<use>", refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void Entities_are_refused()
    {
        Assert.Null(SvgSanitizer.Sanitize(HostileFiles.EntitySvg("file:///etc/passwd"), Pixels, out var refusal, out _));
        Assert.Contains("entit", refusal, StringComparison.Ordinal);
    }
}
