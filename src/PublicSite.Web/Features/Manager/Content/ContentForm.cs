using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Primitives;
using PublicSite.Cms.Content;
using PublicSite.Cms.Content.Types;
using PublicSite.Cms.Media;
using PublicSite.Cms.Publishing;
using PublicSite.Cms.Taxonomy;

namespace PublicSite.Web.Features.Manager.Content;

/// <summary>
/// Turns a content type's declaration into form fields and a posted form back into the typed fields, so that
/// every type gets its editor without a hand-written form, and the server validates what comes back.
/// </summary>
public static class ContentForm
{
    public const string RecordSeparator = " | ";

    private static readonly string[] AttachmentParts = ["file", "title", "titlePt"];

    public static IReadOnlyList<FormField> Fields(
        ContentTypeDescriptor type, JsonObject values, IReadOnlyList<TaxonomyTerm> terms, string culture, Func<string, string> label)
    {
        // A new item's form starts from the type's own defaults (主动公开, 有效), not from "—".
        var blank = Activator.CreateInstance(type.ClrType);
        return type.Fields.Select(field => Field(field, values[field.Name] ?? DefaultOf(field, blank), terms, culture, label)).ToList();
    }

    private static JsonValue? DefaultOf(FieldDescriptor field, object? blank) =>
        field.Property.PropertyType.IsEnum && field.Property.GetValue(blank) is { } value
            ? JsonValue.Create(JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString()!))
            : null;

    private static FormField Field(FieldDescriptor field, JsonNode? value, IReadOnlyList<TaxonomyTerm> terms, string culture, Func<string, string> label)
    {
        var property = field.Property;
        var kind = KindOf(property);
        var options = new List<(string, string)>();
        if (property.GetCustomAttribute<TaxonomyAttribute>() is { } taxonomy)
        {
            // A retired term is offered only where it is already the value, so saving an old item keeps it.
            var current = value is JsonValue v && v.TryGetValue<string>(out var key) ? key : null;
            options.AddRange(terms.Where(t => t.Taxonomy == taxonomy.Taxonomy && (t.RetiredAt is null || t.Key == current))
                .OrderBy(t => t.SortOrder).Select(t => (t.Key, t.NameIn(culture))));
        }
        else if ((Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType) is { IsEnum: true } enumType)
        {
            options.AddRange(Enum.GetNames(enumType).Select(n => (JsonNamingPolicy.KebabCaseLower.ConvertName(n), label($"{enumType.Name}_{n}"))));
        }
        var parts = kind is FormFieldKind.Records or FormFieldKind.Group ? RecordProperties(property.PropertyType).Select(p => Camel(p.Name)).ToList() : [];
        return new FormField(
            field.Name, label(field.Label ?? field.Name), kind, field.Scope == FieldScope.Shared,
            property.GetCustomAttribute<RequiredAttribute>() is not null, Display(kind, value, parts), options, parts)
        {
            Hint = Hint(field.Name, kind, parts, label),
            AllowsEmpty = !property.PropertyType.IsEnum,
            Link = property.GetCustomAttribute<ContentLinkAttribute>(),
        };
    }

    /// <summary>The format of the kind (one per line, China time…) and, where the strings have one, the field's own hint.</summary>
    private static string? Hint(string name, FormFieldKind kind, IReadOnlyList<string> parts, Func<string, string> label)
    {
        var own = label("Hint_" + name) is var text && text != "Hint_" + name ? text : null;
        var format = kind switch
        {
            FormFieldKind.Lines => label("HintLines"),
            FormFieldKind.Records => label("HintRecords") + " " + string.Join(" | ", parts),
            FormFieldKind.DateTime => label("HintChinaTime"),
            FormFieldKind.Date => label("HintDate"),
            _ => null,
        };
        return (own, format) switch
        {
            (null, null) => null,
            (null, _) => format,
            (_, null) => own,
            _ => own + " " + format,
        };
    }

    private static FormFieldKind KindOf(PropertyInfo property)
    {
        var type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
        if (property.GetCustomAttribute<MediaReferenceAttribute>() is not null)
        {
            return FormFieldKind.Media;
        }
        if (type == typeof(List<AttachmentRef>))
        {
            return FormFieldKind.Attachments;
        }
        if (property.GetCustomAttribute<TaxonomyAttribute>() is not null || type.IsEnum)
        {
            return FormFieldKind.Select;
        }
        if (type == typeof(string))
        {
            return property.GetCustomAttribute<DataTypeAttribute>()?.DataType == DataType.MultilineText ? FormFieldKind.TextArea : FormFieldKind.Text;
        }
        if (type == typeof(DateOnly))
        {
            return FormFieldKind.Date;
        }
        if (type == typeof(DateTimeOffset))
        {
            return FormFieldKind.DateTime;
        }
        if (type == typeof(int))
        {
            return FormFieldKind.Number;
        }
        if (type == typeof(List<string>))
        {
            return FormFieldKind.Lines;
        }
        return type.IsGenericType ? FormFieldKind.Records : FormFieldKind.Group;
    }

    private static IEnumerable<PropertyInfo> RecordProperties(Type type)
    {
        var element = type.IsGenericType ? type.GetGenericArguments()[0] : Nullable.GetUnderlyingType(type) ?? type;
        return element.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.PropertyType == typeof(string) && p.CanWrite);
    }

    private static string Camel(string name) => JsonNamingPolicy.CamelCase.ConvertName(name);

    /// <summary>The value as the editor sees it in the input.</summary>
    private static string Display(FormFieldKind kind, JsonNode? value, IReadOnlyList<string> parts) => kind switch
    {
        _ when value is null => "",
        FormFieldKind.Lines => string.Join('\n', value.AsArray().Select(v => v?.GetValue<string>() ?? "")),
        FormFieldKind.Records => string.Join('\n', value.AsArray().OfType<JsonObject>()
            .Select(o => string.Join(RecordSeparator, parts.Select(p => o[p]?.GetValue<string>() ?? "")).TrimEnd(' ', '|'))),
        FormFieldKind.Group or FormFieldKind.Attachments => value.ToJsonString(),
        FormFieldKind.DateTime => DateTimeOffset.TryParse(value.GetValue<string>(), CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant)
            ? TimeZoneInfo.ConvertTime(instant, SiteClock.China).ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture)
            : "",
        _ => value is JsonValue v && v.TryGetValue<string>(out var text) ? text : value.ToJsonString(),
    };

    /// <summary>Reads the posted form into the type's JSON fields; conversion problems are reported per field.</summary>
    public static (JsonObject Values, Dictionary<string, string> Errors) Read(
        ContentTypeDescriptor type, Func<string, StringValues> form)
    {
        var values = new JsonObject();
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var field in type.Fields)
        {
            var kind = KindOf(field.Property);
            var raw = form("f." + field.Name).ToString().Trim();
            var parts = RecordProperties(field.Property.PropertyType).Select(p => Camel(p.Name)).ToList();
            switch (kind)
            {
                case FormFieldKind.Group:
                    var group = new JsonObject();
                    foreach (var part in parts)
                    {
                        if (form($"f.{field.Name}.{part}").ToString().Trim() is { Length: > 0 } text)
                        {
                            group[part] = text;
                        }
                    }
                    values[field.Name] = group.Count > 0 ? group : null;
                    break;
                case FormFieldKind.Attachments when form($"f.{field.Name}.0.file").Count > 0:
                    values[field.Name] = AttachmentRows(field.Name, form);
                    break;
                case FormFieldKind.Attachments:
                    goto case FormFieldKind.Records;
                case FormFieldKind.Lines:
                    values[field.Name] = new JsonArray(Lines(raw).Select(l => (JsonNode?)JsonValue.Create(l)).ToArray());
                    break;
                case FormFieldKind.Records:
                    values[field.Name] = new JsonArray(Lines(raw).Select(line =>
                    {
                        var cells = line.Split('|', StringSplitOptions.TrimEntries);
                        var record = new JsonObject();
                        for (var i = 0; i < parts.Count && i < cells.Length; i++)
                        {
                            record[parts[i]] = cells[i];
                        }
                        return (JsonNode?)record;
                    }).ToArray());
                    break;
                case FormFieldKind.DateTime when raw.Length > 0:
                    if (DateTime.TryParseExact(raw, ["yyyy-MM-ddTHH:mm", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-dd HH:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
                    {
                        values[field.Name] = new DateTimeOffset(local, SiteClock.China.GetUtcOffset(local)).ToString("O", CultureInfo.InvariantCulture);
                    }
                    else
                    {
                        errors[field.Name] = "DateTimeInvalid";
                    }
                    break;
                case FormFieldKind.Date when raw.Length > 0 && !DateOnly.TryParseExact(raw, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _):
                    errors[field.Name] = "DateInvalid";
                    break;
                case FormFieldKind.Number when raw.Length > 0 && !int.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out _):
                    errors[field.Name] = "NumberInvalid";
                    break;
                default:
                    if (raw.Length > 0)
                    {
                        values[field.Name] = raw;
                    }
                    break;
            }
        }
        return (values, errors);
    }

    /// <summary>
    /// The attachment rows as posted (<c>f.attachments.0.file</c>, <c>.title</c>, <c>.titlePt</c>, …); a row left
    /// empty is no attachment, a row with a title but no file stays, to be refused with the form kept.
    /// </summary>
    private static JsonArray AttachmentRows(string name, Func<string, StringValues> form)
    {
        var rows = new JsonArray();
        for (var i = 0; ; i++)
        {
            var cells = AttachmentParts.Select(part => (part, value: form($"f.{name}.{i}.{part}"))).ToList();
            if (cells.All(c => c.value.Count == 0))
            {
                return rows;
            }
            if (cells.All(c => string.IsNullOrWhiteSpace(c.value)))
            {
                continue;
            }
            var row = new JsonObject();
            foreach (var (part, value) in cells)
            {
                if (value.ToString().Trim() is { Length: > 0 } text || part == "file")
                {
                    row[part] = value.ToString().Trim();
                }
            }
            rows.Add(row);
        }
    }

    /// <summary>A <c>datetime-local</c> value (or the same typed with a space), in China time, as UTC; null when empty or not a time.</summary>
    public static DateTime? ParseChinaTime(string? text) =>
        DateTime.TryParseExact(text?.Trim(), ["yyyy-MM-ddTHH:mm", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var local)
            ? TimeZoneInfo.ConvertTimeToUtc(local, SiteClock.China)
            : null;

    private static string[] Lines(string text) =>
        text.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
}
