namespace Itou.Export.Highlighting;

/// <summary>
/// What a piece of code is, as far as its colour goes: the few classes a light code theme tells apart
/// (GitBook's does the same). Each has a colour in the theme's <c>code</c> palette (<see cref="CodePalette"/>).
/// </summary>
internal enum CodeKind
{
    /// <summary>Identifiers, operators, punctuation: the code style's own colour.</summary>
    Plain,
    /// <summary>Comments (italic, so they stay apart in greyscale).</summary>
    Comment,
    /// <summary>Keywords, storage and modifiers, headings of markup (bold).</summary>
    Keyword,
    /// <summary>String literals, regular expressions, unquoted YAML values.</summary>
    String,
    /// <summary>Numbers, <c>true</c>/<c>false</c>/<c>null</c>, escapes and other constants.</summary>
    Constant,
    /// <summary>Type, class and namespace names.</summary>
    Type,
    /// <summary>Function and method names, decorators.</summary>
    Function,
    /// <summary>Markup tags and YAML keys.</summary>
    Tag,
    /// <summary>Attribute and property names (JSON keys, CSS properties).</summary>
    Attribute,
    /// <summary>Lines a diff adds.</summary>
    Inserted,
    /// <summary>Lines a diff removes.</summary>
    Deleted,
}

/// <summary>A piece of one line of code and what it is.</summary>
internal readonly record struct CodeToken(string Text, CodeKind Kind);
