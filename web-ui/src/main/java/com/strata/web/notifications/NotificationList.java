package com.strata.web.notifications;

import com.strata.calendar.ServiceCalendars;
import com.strata.notifications.NotificationView;
import com.strata.notifications.Notifications;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The notifications page: the caller's notifications a page at a time from the database; mark one or all read. */
@Named
@ViewScoped
public class NotificationList implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Inject
    private Notifications notifications;

    @Inject
    private ServiceCalendars calendars;

    private ZoneId zone;

    private final LazyDataModel<NotificationView> model = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return Math.toIntExact(notifications.page(0, 1).total());
        }

        @Override
        public List<NotificationView> load(
                int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return notifications.page(first, pageSize).notifications();
        }

        @Override
        public String getRowKey(NotificationView notification) {
            return Long.toString(notification.id());
        }
    };

    public LazyDataModel<NotificationView> getModel() {
        return model;
    }

    public String text(NotificationView notification) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "msg");
        return NotificationTexts.text(notification, bundle, zone());
    }

    public String when(NotificationView notification) {
        return TIME.format(notification.createdAt().atZone(zone()));
    }

    /** Service times are shown in the service calendar's zone. */
    private ZoneId zone() {
        if (zone == null) {
            zone = calendars.current().zone();
        }
        return zone;
    }

    public void markRead(long id) {
        notifications.markRead(id);
    }

    public void markAllRead() {
        notifications.markAllRead();
    }
}
