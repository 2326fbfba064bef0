package com.strata.web.service;

import com.strata.tickets.CustomerTicketLine;
import com.strata.tickets.TicketReads;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The tickets section of the customer page: the customer's tickets, newest first, read once per view. */
@Named
@ViewScoped
public class CustomerTicketList implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private TicketReads reads;

    private String customerCode;
    private List<CustomerTicketLine> loaded;

    public List<CustomerTicketLine> of(String code) {
        if (loaded == null || !code.equals(customerCode)) {
            customerCode = code;
            loaded = reads.ofCustomer(code);
        }
        return loaded;
    }
}
