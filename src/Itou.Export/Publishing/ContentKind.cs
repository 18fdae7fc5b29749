namespace Itou.Export.Publishing;

/// <summary>The kinds of content an export accounts for (see <see cref="ContentReport"/>).</summary>
public enum ContentKind
{
    /// <summary>A run of words: plain text and inline code (the alt text of a picture belongs to the picture).</summary>
    Text,
    /// <summary>A picture: <c>![alt](src)</c>, an HTML <c>&lt;img&gt;</c>, a figure.</summary>
    Image,
    /// <summary>A link: <c>[text](url)</c>, an autolink, an HTML <c>&lt;a&gt;</c>, a button.</summary>
    Link,
    /// <summary>A heading of a page.</summary>
    Heading,
    /// <summary>A code block (fenced, indented, or GitBook's <c>{% code %}</c>).</summary>
    CodeBlock,
    /// <summary>A table (Markdown pipes or HTML).</summary>
    Table,
    /// <summary>A footnote's text.</summary>
    Footnote,
    /// <summary>A formula (<c>$$…$$</c>), in a line or on its own.</summary>
    Formula,
}
