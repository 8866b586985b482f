// Copyright (c) 2026, coi_management contributors
// For license information, please see license.txt

frappe.ui.form.on("COI Settings", {
	refresh(frm) {
		if (frm.doc.__onload && frm.doc.__onload.email_setup_missing) {
			frm.dashboard.set_headline_alert(
				__(
					"No outgoing e-mail account: notices reach users as system notifications (the bell) and their e-mails wait. Set up an Email Account with Enable Outgoing and Default Outgoing checked to send them.",
				) +
					" " +
					__("{0} e-mails are waiting and will be sent as soon as the account is enabled.", [
						frm.doc.__onload.waiting_emails || 0,
					]) +
					` <a href="/app/email-account/new">${__("Set up an Email Account")}</a>`,
				"orange",
			);
		} else {
			frm.dashboard.clear_headline();
		}
	},
});
