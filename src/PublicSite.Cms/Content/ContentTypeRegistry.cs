using System.Reflection;
using System.Text.Json;

namespace PublicSite.Cms.Content;

/// <summary>The content types declared in code, registered at start-up.</summary>
public sealed class ContentTypeRegistry
{
    private readonly Dictionary<string, ContentTypeDescriptor> _byKey = new(StringComparer.Ordinal);

    public IReadOnlyCollection<ContentTypeDescriptor> All => _byKey.Values;

    public ContentTypeRegistry Register<T>() where T : class, new() => Register(typeof(T));

    public ContentTypeRegistry Register(Type type)
    {
        var attribute = type.GetCustomAttribute<ContentTypeAttribute>()
            ?? throw new InvalidOperationException($"{type.Name} has no [ContentType] attribute.");
        var fields = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Select(p => (Property: p, Field: p.GetCustomAttribute<FieldAttribute>()))
            .Where(x => x.Field is not null)
            .Select(x => new FieldDescriptor(
                JsonNamingPolicy.CamelCase.ConvertName(x.Property.Name), x.Field!.Scope, x.Field.Label, x.Property))
            .ToList();
        var descriptor = new ContentTypeDescriptor(
            attribute.Key, attribute.Section, type, attribute.SlugField, attribute.DateField, fields);
        if (!_byKey.TryAdd(descriptor.Key, descriptor))
        {
            throw new InvalidOperationException($"Content type '{descriptor.Key}' is registered twice.");
        }
        return this;
    }

    public ContentTypeDescriptor Get(string key) =>
        _byKey.TryGetValue(key, out var descriptor)
            ? descriptor
            : throw new KeyNotFoundException($"Unknown content type '{key}'.");

    public ContentTypeDescriptor? Find(string? key) =>
        key is not null && _byKey.TryGetValue(key, out var descriptor) ? descriptor : null;

    public ContentTypeDescriptor? FindBySection(string? section) =>
        _byKey.Values.FirstOrDefault(d => string.Equals(d.Section, section, StringComparison.Ordinal));

    public ContentTypeDescriptor Get<T>() =>
        _byKey.Values.FirstOrDefault(d => d.ClrType == typeof(T))
            ?? throw new KeyNotFoundException($"{typeof(T).Name} is not registered.");
}
