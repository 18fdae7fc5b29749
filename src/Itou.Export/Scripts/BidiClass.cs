namespace Itou.Export.Scripts;

/// <summary>The Bidi_Class property of a character (UAX #9, table 4), by its short name.</summary>
internal enum BidiClass : byte
{
    /// <summary>Left to right.</summary>
    L,
    /// <summary>Right to left (Hebrew).</summary>
    R,
    /// <summary>Arabic letter.</summary>
    AL,
    /// <summary>European number.</summary>
    EN,
    /// <summary>European separator (+, -).</summary>
    ES,
    /// <summary>European terminator (#, $, %).</summary>
    ET,
    /// <summary>Arabic number.</summary>
    AN,
    /// <summary>Common separator (, . : /).</summary>
    CS,
    /// <summary>Non-spacing mark.</summary>
    NSM,
    /// <summary>Boundary neutral (controls, joiners).</summary>
    BN,
    /// <summary>Paragraph separator.</summary>
    B,
    /// <summary>Segment separator (tab).</summary>
    S,
    /// <summary>Whitespace.</summary>
    WS,
    /// <summary>Other neutral.</summary>
    ON,
    /// <summary>Left-to-right embedding.</summary>
    LRE,
    /// <summary>Left-to-right override.</summary>
    LRO,
    /// <summary>Right-to-left embedding.</summary>
    RLE,
    /// <summary>Right-to-left override.</summary>
    RLO,
    /// <summary>Pop directional format.</summary>
    PDF,
    /// <summary>Left-to-right isolate.</summary>
    LRI,
    /// <summary>Right-to-left isolate.</summary>
    RLI,
    /// <summary>First strong isolate.</summary>
    FSI,
    /// <summary>Pop directional isolate.</summary>
    PDI,
}

/// <summary>The groups of classes the rules of UAX #9 name.</summary>
internal static class BidiClasses
{
    /// <summary>LRI, RLI or FSI.</summary>
    public static bool IsIsolateInitiator(BidiClass c) => c is BidiClass.LRI or BidiClass.RLI or BidiClass.FSI;

    /// <summary>Removed by rule X9: embeddings, overrides, PDF and boundary neutrals.</summary>
    public static bool IsRemovedByX9(BidiClass c) =>
        c is BidiClass.LRE or BidiClass.RLE or BidiClass.LRO or BidiClass.RLO or BidiClass.PDF or BidiClass.BN;

    /// <summary>A neutral or isolate formatting character, as rules N1 and N2 take them.</summary>
    public static bool IsNeutralOrIsolate(BidiClass c) =>
        c is BidiClass.B or BidiClass.S or BidiClass.WS or BidiClass.ON or BidiClass.LRI or BidiClass.RLI or BidiClass.FSI or BidiClass.PDI;
}
