package org.w3id.cityrights.workbench.catalog;

import org.w3id.cityrights.http.HttpError;

/** A parameter value that is not of the parameter's type: a 400 that names the parameter. */
public class InvalidParameterException extends HttpError {
    public InvalidParameterException(String param, String value, String expected) {
        super(400, "Parameter '" + param + "' must be " + expected + "; got '" + value + "'.");
    }
}
