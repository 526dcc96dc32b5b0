namespace PublicSite.E2E.Infrastructure;

/// <summary>A screen the tests run on: a phone held upright or a desktop window.</summary>
public sealed record Viewport(string Name, int Width, int Height, bool IsPhone)
{
    public const string PhoneName = "phone";

    public const string DesktopName = "desktop";

    /// <summary>390×844 CSS pixels at 2× (an ordinary modern phone), touch screen, mobile meta viewport honoured.</summary>
    public static Viewport Phone { get; } = new(PhoneName, 390, 844, IsPhone: true);

    public static Viewport Desktop { get; } = new(DesktopName, 1280, 800, IsPhone: false);

    public static Viewport Named(string name) => name switch
    {
        PhoneName => Phone,
        DesktopName => Desktop,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "Use \"phone\" or \"desktop\"."),
    };

    public BrowserNewContextOptions ContextOptions() => new()
    {
        ViewportSize = new ViewportSize { Width = Width, Height = Height },
        IsMobile = IsPhone,
        HasTouch = IsPhone,
        DeviceScaleFactor = IsPhone ? 2 : 1,
    };
}
