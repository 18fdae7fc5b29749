using System.Globalization;
using System.Text;
using Itou.Export.Markdown.Html;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Itou.Export.Markdown.Headings;

/// <summary>
/// Gives every heading its id (<c>GetAttributes().Id</c>), the anchor <c>page.md#id</c> links use:
/// GitBook's own anchor (<c>## Title &lt;a href="#id" id="id"&gt;&lt;/a&gt;</c>, older <c>&lt;a id="id"&gt;&lt;/a&gt;</c>) is
/// taken as the id and removed from the text; other headings get GitBook's slug of their text,
/// made unique in the page with <c>-1</c>, <c>-2</c>….
/// </summary>
internal static class HeadingIds
{
    /// <summary>Takes GitBook's anchors out of headings (before inline HTML is converted).</summary>
    public static void TakeAnchors(MarkdownDocument document)
    {
        foreach (var heading in BlockTree.All<HeadingBlock>(document))
        {
            if (heading.Inline is null) continue;
            foreach (var html in heading.Inline.OfType<HtmlInline>().ToList())
            {
                if (HtmlTag.Parse(html.Tag) is not { Name: "a", IsClosing: false } tag || tag.Attribute("id") is not { Length: > 0 } id) continue;
                if (tag.Attribute("href") is { } href && href != "#" + id) continue;
                if (html.NextSibling is HtmlInline { Tag: var closing } next && closing.Replace(" ", "", StringComparison.Ordinal) == "</a>") next.Remove();
                html.Remove();
                if (heading.TryGetAttributes()?.Id is null) heading.GetAttributes().Id = id;
            }
        }
    }

    /// <summary>Slugs for the headings without an id, unique per page (after cleanup, so the text is final).</summary>
    public static void AssignSlugs(MarkdownDocument document)
    {
        var headings = BlockTree.All<HeadingBlock>(document);
        var used = new HashSet<string>(headings.Select(h => h.TryGetAttributes()?.Id).OfType<string>(), StringComparer.Ordinal);
        foreach (var heading in headings)
        {
            if (heading.TryGetAttributes()?.Id is not null) continue;
            var slug = Slug(heading.Inline is null ? "" : InlineText.Of(heading.Inline));
            if (slug.Length == 0) slug = "section";
            var unique = slug;
            for (var n = 1; !used.Add(unique); n++) unique = slug + "-" + n.ToString(CultureInfo.InvariantCulture);
            heading.GetAttributes().Id = unique;
        }
    }

    /// <summary>
    /// GitBook's heading slug, as its anchors in real spaces show: accents dropped, lower case, <c>&amp;</c> read
    /// as <c>and</c>, letters, digits, <c>.</c> and <c>_</c> kept, everything else (apostrophes, emoji, punctuation)
    /// removed, spaces and dashes collapsed into single dashes.
    /// </summary>
    public static string Slug(string text)
    {
        var decomposed = text.Replace("&", " and ", StringComparison.Ordinal).Normalize(NormalizationForm.FormD);
        var slug = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (char.IsAsciiLetterOrDigit(c) || c is '.' or '_') slug.Append(char.ToLowerInvariant(c));
            else if ((char.IsWhiteSpace(c) || c == '-') && slug.Length > 0 && slug[^1] != '-') slug.Append('-');
        }
        return slug.ToString().Trim('-');
    }
}
