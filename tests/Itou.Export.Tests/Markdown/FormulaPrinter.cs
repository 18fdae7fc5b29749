using System.Globalization;
using Itou.Export.Markdown.Formulas;

namespace Itou.Export.Tests.Markdown;

/// <summary>A formula tree as one line the spec tests compare: <c>P rel(=) frac(sup(U, 2), R)</c>.</summary>
internal static class FormulaPrinter
{
    public static string Print(MathNode node) => node switch
    {
        MathRow row => string.Join(" ", row.Items.Select(Print)),
        MathAtom atom => Atom(atom),
        MathOperator op => $"op({op.Text}{(op.Limits ? ",limits" : "")})",
        MathText text => $"text({(text.Variant == MathVariant.Upright ? "" : Prefix(text.Variant))}{text.Text})",
        MathSpace space => $"space({space.Em.ToString("0.##", CultureInfo.InvariantCulture)})",
        MathFraction f => $"{(f.Bar ? "frac" : "stack")}{(f.Display is { } d ? d ? "/display" : "/text" : "")}({Arg(f.Numerator)}, {Arg(f.Denominator)})",
        MathScripts { Sub: { } sub, Sup: { } sup } s => $"subsup({Arg(s.Base)}, {Arg(sub)}, {Arg(sup)})",
        MathScripts { Sub: { } sub } s => $"sub({Arg(s.Base)}, {Arg(sub)})",
        MathScripts s => $"sup({Arg(s.Base)}, {Arg(s.Sup!)})",
        MathRadical { Degree: { } degree } r => $"root({Arg(degree)}, {Arg(r.Body)})",
        MathRadical r => $"sqrt({Arg(r.Body)})",
        MathAccent a => $"accent(U+{(int)a.Mark:X4}{(a.Stretchy ? " wide" : "")}{(a.Under ? " under" : "")}, {Arg(a.Body)})",
        MathFenced f => $"fenced({f.Open}, {f.Close}, {Arg(f.Body)})",
        MathBigDelimiter b => $"big({b.Scale.ToString(CultureInfo.InvariantCulture)}, {Atom(b.Delimiter)})",
        MathUnderOver u => $"underover({Arg(u.Base)}, {Optional(u.Over)}, {Optional(u.Under)}{(u.StretchBase ? ", stretch" : "")})",
        MathTable t => $"table({t.Kind}; {string.Join("; ", t.Rows.Select(row => string.Join(" & ", row.Select(Arg))))})",
        MathStyle s => $"{(s.Display ? "display" : "textstyle")}({Arg(s.Body)})",
        _ => throw new ArgumentException(node.GetType().Name),
    };

    // An argument of several items is braced, so the tree's shape shows.
    private static string Arg(MathNode node) => node is MathRow { Items.Count: not 1 } row ? "{" + Print(row) + "}" : Print(node);

    private static string Optional(MathNode? node) => node is null ? "-" : Arg(node);

    private static string Atom(MathAtom atom) => atom.Kind switch
    {
        AtomKind.Ordinary or AtomKind.Number => Prefix(atom.Variant) + atom.Text,
        AtomKind.Binary => $"bin({atom.Text})",
        AtomKind.Relation => $"rel({atom.Text})",
        AtomKind.Punctuation => $"punct({atom.Text})",
        _ => $"{atom.Kind.ToString().ToLowerInvariant()}({atom.Text})",
    };

    private static string Prefix(MathVariant variant) => variant switch
    {
        MathVariant.Default => "",
        MathVariant.Upright => "rm:",
        MathVariant.Italic => "it:",
        MathVariant.Bold => "bf:",
        MathVariant.DoubleStruck => "bb:",
        MathVariant.Calligraphic => "cal:",
        _ => variant.ToString().ToLowerInvariant() + ":",
    };
}
