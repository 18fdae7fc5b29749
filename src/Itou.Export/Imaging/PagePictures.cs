using Itou.Export.Markdown.Figures;
using Itou.Export.Publishing;
using Itou.Export.Space;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Itou.Export.Imaging;

/// <summary>
/// The pictures a page shows (Markdown and HTML images, figures) as written, with their 1-based line:
/// what the writers load ahead of rendering, local files and remote addresses alike.
/// </summary>
internal static class PagePictures
{
    /// <summary>The picture references of <paramref name="page"/>, in the order of their lines.</summary>
    public static IEnumerable<(string Reference, int Line)> Of(Page page) =>
        page.Document.Descendants<LinkInline>().Where(link => link.IsImage).Select(link => (Reference: link.Url ?? "", Line: link.Line + 1))
            .Concat(page.Document.Descendants<FigureBlock>().Select(figure => (Reference: figure.Source, Line: figure.Line + 1)))
            .OrderBy(picture => picture.Line);

    /// <summary>
    /// The picture files both writers read ahead: the theme's logos and cover, then the pictures of the
    /// printed pages (see <see cref="LocalFiles"/>), each once.
    /// </summary>
    public static IReadOnlyList<string> ToPreload(Publication publication) =>
        [.. publication.Theme.Logos
            .Concat(publication.Theme.CoverImage is { } cover ? [cover] : [])
            .Concat(LocalFiles(publication))
            .Distinct(StringComparer.Ordinal)];

    /// <summary>
    /// The space files the printed pages of <paramref name="publication"/> show, each once, in page order:
    /// what a writer reads ahead (the asset resolver reports remote, missing and refused ones, once).
    /// </summary>
    public static IEnumerable<string> LocalFiles(Publication publication) =>
        publication.Pages.SelectMany(page => Of(page).Select(picture => publication.Assets.Resolve(picture.Reference, page.Path, picture.Line)))
            .Where(asset => asset.Kind == AssetKind.Local)
            .Select(asset => asset.FullPath!)
            .Distinct(StringComparer.Ordinal);
}
