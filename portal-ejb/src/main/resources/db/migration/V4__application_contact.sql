-- The address the portal writes to about an application: the applicant's e-mail at the time of applying.
alter table co_application add column contact_email varchar(255);
