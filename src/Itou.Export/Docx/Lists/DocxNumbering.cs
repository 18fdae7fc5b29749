using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Itou.Export.Docx.Lists;

/// <summary>
/// The numbering part: one abstract definition for bullets and one for numbers, nine levels each;
/// every list of the document gets its own numbering instance so that numbers restart per list
/// (a <c>w:num</c> with a start override), and nesting is the paragraph's level (<c>w:ilvl</c>).
/// </summary>
internal sealed class DocxNumbering
{
    private const int BulletAbstractId = 1;
    private const int NumberAbstractId = 2;
    private static readonly string[] Bullets = ["•", "◦", "▪"];
    private static readonly NumberFormatValues[] Formats = [NumberFormatValues.Decimal, NumberFormatValues.LowerLetter, NumberFormatValues.LowerRoman];

    private readonly List<NumberingInstance> instances = [];

    public DocxNumbering()
    {
        // Instances 1 and 2 back the "List Bullet" and "List Number" styles themselves.
        AddInstance(BulletAbstractId, start: null, level: 0);
        AddInstance(NumberAbstractId, start: null, level: 0);
    }

    /// <summary>The instance the list paragraph style points at.</summary>
    public static int StyleNumId(bool ordered) => ordered ? 2 : 1;

    /// <summary>A new list: a fresh instance, restarting at <paramref name="start"/> for numbers.</summary>
    public int NewList(bool ordered, int start, int level) =>
        ordered ? AddInstance(NumberAbstractId, start, level) : AddInstance(BulletAbstractId, null, level);

    /// <summary>The part's root element, abstract definitions first as the schema wants.</summary>
    public DocumentFormat.OpenXml.Wordprocessing.Numbering ToElement()
    {
        var numbering = new DocumentFormat.OpenXml.Wordprocessing.Numbering(
            Abstract(BulletAbstractId, ordered: false),
            Abstract(NumberAbstractId, ordered: true));
        numbering.Append(instances.Select(i => i.CloneNode(true)));
        return numbering;
    }

    private int AddInstance(int abstractId, int? start, int level)
    {
        var id = instances.Count + 1;
        var instance = new NumberingInstance(new AbstractNumId { Val = abstractId }) { NumberID = id };
        if (start is int value)
        {
            instance.Append(new LevelOverride(new StartOverrideNumberingValue { Val = Math.Max(0, value) })
            {
                LevelIndex = Math.Clamp(level, 0, 8),
            });
        }
        instances.Add(instance);
        return id;
    }

    private static AbstractNum Abstract(int id, bool ordered)
    {
        var abstractNum = new AbstractNum(new MultiLevelType { Val = MultiLevelValues.HybridMultilevel }) { AbstractNumberId = id };
        for (var level = 0; level < 9; level++)
        {
            var indent = 360 * (level + 1);
            var lvl = new Level { LevelIndex = level };
            lvl.Append(
                new StartNumberingValue { Val = 1 },
                new NumberingFormat { Val = ordered ? Formats[level % 3] : NumberFormatValues.Bullet },
                new LevelText { Val = ordered ? $"%{level + 1}." : Bullets[level % 3] },
                new LevelJustification { Val = LevelJustificationValues.Left },
                new PreviousParagraphProperties(new Indentation
                {
                    Left = indent.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    Hanging = "360",
                }));
            abstractNum.Append(lvl);
        }
        return abstractNum;
    }
}
