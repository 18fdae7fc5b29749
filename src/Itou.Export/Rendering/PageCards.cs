using Itou.Export.Markdown.ContentRefs;
using Itou.Export.Publishing;
using Itou.Export.Space;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Itou.Export.Rendering;

/// <summary>
/// What both writers decide about a page card (<c>{% content-ref %}</c>, <c>{% page-ref %}</c>): GitBook
/// shows the linked page's title and its front-matter description, never the link text written inside
/// the block (often a file name such as <c>hours.md</c>); a card to <c>broken-reference</c> is not shown.
/// </summary>
internal static class PageCards
{
    /// <summary>
    /// True when the card points to GitBook's <c>broken-reference</c> (its page was deleted or moved): the
    /// card is left out, reported once at its line as having replaced the block (so its words are accounted for).
    /// </summary>
    public static bool LeftOut(ContentRefBlock card, string file, DiagnosticBag diagnostics)
    {
        if (LinkTargets.Clean(card.Url) != "broken-reference")
            return false;
        diagnostics.Replaced(ReplacedContent.Block, DiagnosticCodes.LinkBrokenReference, file, card.Line + 1,
            "A page card points to GitBook's 'broken-reference' (its page was deleted or moved): the card is left out.");
        return true;
    }

    /// <summary>The card's subtitle: the linked page's description, when its front matter has one.</summary>
    public static string? Description(Page? target) =>
        target?.FrontMatter.Description is { Length: > 0 } description ? InlineText.CollapseSpaces(description).Trim() : null;

    /// <summary>
    /// The card stands for its body (a link to the same page): the body's words are the card's title and
    /// its links the card's link. When the card leads nowhere, each body link is resolved with
    /// <paramref name="resolve"/>, so that its own diagnostic says it is printed as text.
    /// </summary>
    public static void StandsForBody(ContentRefBlock card, bool linked, ContentLedger ledger, Action<LinkInline> resolve)
    {
        ledger.WrittenAsText(card);
        foreach (var link in card.Descendants<LinkInline>())
        {
            if (linked)
                ledger.Written(link);
            else
                resolve(link);
        }
    }
}
