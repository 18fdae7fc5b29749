using Markdig.Extensions.Tables;

namespace Itou.Export.Markdown.Tables;

/// <summary>
/// An HTML <c>&lt;table data-view="cards"&gt;</c>: GitBook shows each body row as a card. It is a Markdig
/// <see cref="Table"/> (so writers can print it as a table), whose body rows are <see cref="CardRow"/>s.
/// Columns holding the card target or cover (<c>data-hidden</c> / <c>data-type="content-ref|files"</c>) are
/// not cells: they become <see cref="CardRow.Target"/> and <see cref="CardRow.Cover"/>.
/// </summary>
public sealed class CardTable : Table;

/// <summary>One card of a <see cref="CardTable"/>.</summary>
public sealed class CardRow : TableRow
{
    /// <summary>Where the card links to (<c>data-card-target</c> column), or null.</summary>
    public string? Target { get; set; }

    /// <summary>The cover image (<c>data-card-cover</c> column), or null.</summary>
    public string? Cover { get; set; }
}
