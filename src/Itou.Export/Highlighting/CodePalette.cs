using Itou.Export.Theming;

namespace Itou.Export.Highlighting;

/// <summary>How a token looks: its colour (<c>#RRGGBB</c>; null: the code style's own) and weight or slant.</summary>
internal readonly record struct CodeLook(string? Color, bool Bold = false, bool Italic = false);

/// <summary>
/// The look of each <see cref="CodeKind"/>, from the theme's <c>code</c> colours, decided once for both
/// writers (the PDF makes Skia colours of it, the DOCX run properties). Comments are italic and
/// keywords bold, so both stay apart from the rest when printed in greyscale.
/// </summary>
internal sealed class CodePalette(ThemeCodeColors colors)
{
    public CodeLook Of(CodeKind kind) => kind switch
    {
        CodeKind.Comment => new(colors.Comment, Italic: true),
        CodeKind.Keyword => new(colors.Keyword, Bold: true),
        CodeKind.String => new(colors.StringLiteral),
        CodeKind.Constant => new(colors.Constant),
        CodeKind.Type => new(colors.Type),
        CodeKind.Function => new(colors.Function),
        CodeKind.Tag => new(colors.Tag),
        CodeKind.Attribute => new(colors.Attribute),
        CodeKind.Inserted => new(colors.Inserted),
        CodeKind.Deleted => new(colors.Deleted),
        _ => new(null),
    };

    /// <summary>Every kind, in order (writers make one style per kind up front).</summary>
    public static CodeKind[] Kinds { get; } = Enum.GetValues<CodeKind>();
}
