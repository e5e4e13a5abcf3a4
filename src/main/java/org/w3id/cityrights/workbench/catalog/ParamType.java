package org.w3id.cityrights.workbench.catalog;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;

/**
 * The type of a saved query's parameter and how a request's text becomes an RDF term of that type.
 * The term replaces the parameter's variable in the parsed query, so a value can never become query
 * text: whatever a string holds, it stays one literal.
 */
public enum ParamType {
    IRI("string", "iri"),
    STRING("string", null),
    INTEGER("integer", null),
    DECIMAL("number", null),
    DATE("string", "date"),
    BOOLEAN("boolean", null);

    private final String jsonType;
    private final String jsonFormat;

    ParamType(String jsonType, String jsonFormat) {
        this.jsonType = jsonType;
        this.jsonFormat = jsonFormat;
    }

    public String key() { return name().toLowerCase(Locale.ROOT); }
    public String jsonType() { return jsonType; }
    public Optional<String> jsonFormat() { return Optional.ofNullable(jsonFormat); }

    public static Optional<ParamType> byKey(String key) {
        return Arrays.stream(values()).filter(t -> t.key().equals(key)).findFirst();
    }

    /** The term for a value; an {@link InvalidParameterException} names the parameter and says what was expected. */
    public Node toNode(String param, String value) {
        String v = value.strip();
        try {
            return switch (this) {
                case IRI -> {
                    IRIx iri = IRIx.create(v);
                    if (!iri.isAbsolute()) throw new InvalidParameterException(param, value, "an absolute IRI such as https://w3id.org/cityrights/id/city/gwangju");
                    yield NodeFactory.createURI(iri.str());
                }
                case STRING -> NodeFactory.createLiteralString(value);
                case INTEGER -> NodeFactory.createLiteralDT(new BigDecimal(v).toBigIntegerExact().toString(), XSDDatatype.XSDinteger);
                case DECIMAL -> NodeFactory.createLiteralDT(new BigDecimal(v).toPlainString(), XSDDatatype.XSDdecimal);
                case DATE -> NodeFactory.createLiteralDT(LocalDate.parse(v).toString(), XSDDatatype.XSDdate);
                case BOOLEAN -> {
                    if (!v.equals("true") && !v.equals("false")) throw new InvalidParameterException(param, value, "true or false");
                    yield NodeFactory.createLiteralDT(v, XSDDatatype.XSDboolean);
                }
            };
        } catch (IRIException e) {
            throw new InvalidParameterException(param, value, "an absolute IRI (" + e.getMessage() + ")");
        } catch (NumberFormatException | ArithmeticException e) {
            throw new InvalidParameterException(param, value, this == INTEGER ? "a whole number" : "a decimal number");
        } catch (DateTimeParseException e) {
            throw new InvalidParameterException(param, value, "a date as YYYY-MM-DD");
        }
    }
}
