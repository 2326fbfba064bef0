package com.strata.web.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.strata.customer.NotInPortfolioException;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.faces.FacesException;
import org.junit.jupiter.api.Test;

class ForbiddenExceptionHandlerTest {

    @Test
    void findsARefusalWrappedByFacesAndTheContainer() {
        EJBAccessException refusal = new EJBAccessException("Customer C1 is not in your portfolio");
        Exception thrown = new FacesException("view action failed", new EJBException("wrapped", refusal));

        assertEquals(refusal, ForbiddenExceptionHandler.accessRefusal(thrown).orElseThrow());
    }

    @Test
    void findsAPortfolioRefusal() {
        NotInPortfolioException refusal = new NotInPortfolioException("C1");

        assertEquals(
                refusal,
                ForbiddenExceptionHandler.accessRefusal(new FacesException(refusal))
                        .orElseThrow());
    }

    @Test
    void leavesOtherFailuresToTheDefaultHandler() {
        assertTrue(ForbiddenExceptionHandler.accessRefusal(new FacesException(new IllegalStateException("boom")))
                .isEmpty());
    }
}
