# All Aboard in a container: a static binary on an empty image, run as a
# user without privileges, the database in the /data volume.
#
#   docker build -t allaboard .
#   docker run -d --name allaboard -v allaboard-data:/data \
#     -e TELEGRAM_BOT_TOKEN=123456789:AAE... allaboard
#
# The token may come from a file instead (Docker secrets):
# -e ALLABOARD_TOKEN_FILE=/run/secrets/telegram_bot_token.

FROM golang:1.26 AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
# Static: the final image has no C library. The time zone database is built
# into the binary (time/tzdata in cmd/allaboard), so the image needs none.
RUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/allaboard ./cmd/allaboard
# The volume's folder, owned by the user the bot runs as.
RUN mkdir -p /out/data && chown 65532:65532 /out/data && chmod 0700 /out/data

FROM scratch
COPY --from=build /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/
COPY --from=build /out/allaboard /allaboard
COPY --from=build --chown=65532:65532 /out/data /data
# Not root: a numeric user needs no /etc/passwd.
USER 65532:65532
ENV ALLABOARD_DB=/data/allaboard.db
VOLUME /data
# /healthz and /metrics, when ALLABOARD_METRICS_ADDR=:9090 is set.
EXPOSE 9090
ENTRYPOINT ["/allaboard"]
